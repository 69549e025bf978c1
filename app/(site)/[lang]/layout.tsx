import type { ReactNode } from "react";
import { enterEdition } from "@/lib/editions/edition";
import { BUILD_PLACEHOLDER } from "@/lib/route-params";

/**
 * An edition of the reader site: "/…" is the default language's and "/kk/…" Kazakh's, rewritten
 * here by the server (lib/edge/edition-routing.ts). A language the site does not publish in is a 404.
 */
type Props = { children: ReactNode; params: Promise<{ lang: string }> };

export function generateStaticParams() {
  return [{ lang: BUILD_PLACEHOLDER }];
}

export default async function EditionLayout({ children, params }: Props) {
  await enterEdition((await params).lang);
  return children;
}
