import type { Metadata } from "next";
import { Suspense } from "react";
import { paths } from "@/lib/paths";
import { pageMetadata } from "@/lib/seo/metadata";
import type { SearchParams } from "./search-params";
import { SearchPage } from "./SearchPage";

type Props = { searchParams: Promise<SearchParams> };

/** Independent of the query, so that it is in the page's head rather than streamed after it. */
export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: "Поиск по сайту",
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
