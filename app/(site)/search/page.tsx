import type { Metadata } from "next";
import { Suspense } from "react";
import { parseSearchQuery, queryParam } from "@/lib/search/query";
import type { SearchParams } from "./search-params";
import { SearchPage } from "./SearchPage";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = parseSearchQuery(queryParam((await searchParams).q));
  return {
    title: parsed.ok ? `Поиск: ${parsed.query.text}` : "Поиск по сайту",
    description: "Поиск по материалам издания.",
    alternates: { canonical: "/search" },
    robots: { index: false, follow: true },
  };
}

/** Results depend on the query string, so everything below waits for it (and nothing is read at build). */
export default function Page({ searchParams }: Props) {
  return (
    <Suspense fallback={null}>
      <SearchPage searchParams={searchParams} />
    </Suspense>
  );
}
