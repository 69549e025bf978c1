"use client";

import { useParams } from "next/navigation";
import { useSyncExternalStore } from "react";
import { isLanguage, type Language } from "./languages";

const noSubscription = () => () => {};

/**
 * The language of the reader page a client component renders in (error pages cannot call
 * edition()): the route's `lang` segment, else the document's lang, else Russian.
 */
export function usePageLanguage(): Language {
  const params = useParams<{ lang?: string }>();
  const documentLanguage = useSyncExternalStore(
    noSubscription,
    () => document.documentElement.lang,
    () => "",
  );
  const lang = params?.lang ?? documentLanguage;
  return isLanguage(lang) ? lang : "ru";
}
