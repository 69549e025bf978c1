import type { Metadata } from "next";
import { Suspense } from "react";
import { parseSearchQuery, queryParam } from "@/lib/search/query";
import { paths } from "@/lib/paths";
import { pageMetadata } from "@/lib/seo/metadata";
import type { SearchParams } from "./search-params";
import { SearchPage } from "./SearchPage";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = parseSearchQuery(queryParam((await searchParams).q));
  return pageMetadata({
    title: parsed.ok ? `Поиск: ${parsed.query.text}` : "Поиск по сайту",
    description: "Поиск по материалам издания.",
    path: paths.search(),
    noindex: true,
  });
}

/** Results depend on the query string, so everything below waits for it (and nothing is read at build). */
export default function Page({ searchParams }: Props) {
  return (
    <Suspense fallback={null}>
      <SearchPage searchParams={searchParams} />
    </Suspense>
  );
}
