import Link from "next/link";
import { PageHits } from "@/components/search/PageHits";
import { SearchHitView } from "@/components/search/SearchHitView";
import { Pagination } from "@/components/site/Pagination";
import { SearchBox } from "@/components/site/SearchBox";
import { SiteFrame } from "@/components/site/SiteFrame";
import { ReaderSidebar } from "@/components/site/ReaderSidebar";
import { edition } from "@/lib/editions/edition";
import { fill } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { MAX_QUERY_LENGTH, type QueryProblem } from "@/lib/search/query";
import type { SearchResults } from "@/lib/search/run-search";
import { searchArticles } from "@/lib/search/search-articles";
import { searchPages } from "@/lib/search/search-pages";
import { readSearchParams, searchHref, type SearchParams, type SearchScope } from "./search-params";

function problemText(problem: QueryProblem, t: Messages["search"]): string {
  switch (problem) {
    case "empty":
      return t.problems.empty;
    case "too-long":
      return fill(t.problems.tooLong, { max: MAX_QUERY_LENGTH });
    case "no-words":
      return t.problems.noWords;
  }
}

async function Results({ text, words, page, scope }: { text: string; words: string[]; page: number; scope: SearchScope }) {
  // Pages are few and never paged: they are shown with the first page of articles.
  const where = { language: edition().language, scope };
  const [results, pages] = await Promise.all([searchArticles({ text, words }, page, where), page === 1 ? searchPages({ text, words }, where) : []]);
  const { t, path } = edition();
  if (!results) {
    return (
      <p className="search-page__note">
        {fill(t.search.noSuchPage, { page })} <Link href={path(searchHref(text, 1, scope))}>{t.search.backToFirst}</Link>.
      </p>
    );
  }
  if (results.total === 0 && pages.length === 0) {
    return (
      <div className="search-page__note">
        <p>{fill(t.search.nothingFound, { query: text })}</p>
        <p>{t.search.nothingFoundHint}</p>
      </div>
    );
  }
  return (
    <>
      {pages.length > 0 && <PageHits hits={pages} />}
      {results.total === 0 ? (
        <p className="search-page__note">{fill(t.search.noArticles, { query: text })}</p>
      ) : (
        <ArticleHits results={results} text={text} scope={scope} />
      )}
    </>
  );
}

function ArticleHits({ results, text, scope }: { results: SearchResults; text: string; scope: SearchScope }) {
  const { t, path } = edition();
  const count = results.capped ? fill(t.search.atLeast, { count: results.total }) : results.total;
  return (
    <>
      <p className="search-page__summary" role="status">
        {results.mode === "fallback" ? `${t.search.fallback} ` : ""}
        {fill(t.search.found, { count })}
      </p>
      <ol className="search-results">
        {results.items.map((hit) => (
          <SearchHitView key={hit.article.id} hit={hit} />
        ))}
      </ol>
      <Pagination page={results.page} totalPages={results.totalPages} href={(p) => path(searchHref(text, p, scope))} />
    </>
  );
}

export async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { parsed, page, scope } = readSearchParams(await searchParams);
  const { t, path, editions } = edition();
  return (
    <SiteFrame>
      <div className="with-sidebar">
        <div className="search-page">
          <h1>{parsed.ok ? fill(t.search.title, { query: parsed.query.text }) : t.search.label}</h1>
          <SearchBox id="search-page-q" className="search-box search-box--page" defaultValue={parsed.ok ? parsed.query.text : parsed.text} />
          {parsed.ok && editions.enabled.length > 1 && (
            <p className="search-page__scope">
              <Link href={path(searchHref(parsed.query.text, 1, scope === "both" ? "edition" : "both"))}>
                {scope === "both" ? t.search.thisLanguageOnly : t.search.bothLanguages}
              </Link>
            </p>
          )}
          {parsed.ok ? (
            <Results text={parsed.query.text} words={parsed.query.words} page={page} scope={scope} />
          ) : (
            <p className="search-page__note">{problemText(parsed.problem, t.search)}</p>
          )}
        </div>
        <ReaderSidebar />
      </div>
    </SiteFrame>
  );
}
