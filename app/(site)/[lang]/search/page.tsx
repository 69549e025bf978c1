import type { Metadata } from "next";
import { Suspense } from "react";
import { enterEdition, showCounterparts } from "@/lib/editions/edition";
import { paths } from "@/lib/paths";
import { inEveryEdition, pageMetadata } from "@/lib/seo/metadata";
import type { SearchParams } from "./search-params";
import { SearchPage } from "./SearchPage";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParams> };

/** Independent of the query, so that it is in the page's head rather than streamed after it. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t, path } = await enterEdition((await params).lang);
  return pageMetadata({
    title: t.search.metaTitle,
    description: t.search.metaDescription,
    path: path(paths.search()),
    editions: inEveryEdition(paths.search()),
    noindex: true,
  });
}

/** Results depend on the query string, so everything below waits for it (and nothing is read at build). */
export default async function Page({ params, searchParams }: Props) {
  await enterEdition((await params).lang);
  showCounterparts(inEveryEdition(paths.search()));
  return (
    <Suspense fallback={null}>
      <SearchPage searchParams={searchParams} />
    </Suspense>
  );
}
