import Link from "next/link";
import { PageHits } from "@/components/search/PageHits";
import { SearchHitView } from "@/components/search/SearchHitView";
import { Pagination } from "@/components/site/Pagination";
import { SearchBox } from "@/components/site/SearchBox";
import { SiteFrame } from "@/components/site/SiteFrame";
import { ReaderSidebar } from "@/components/site/ReaderSidebar";
import { MAX_QUERY_LENGTH, type QueryProblem } from "@/lib/search/query";
import type { SearchResults } from "@/lib/search/run-search";
import { searchArticles } from "@/lib/search/search-articles";
import { searchPages } from "@/lib/search/search-pages";
import { readSearchParams, searchHref, type SearchParams } from "./search-params";

const PROBLEMS: Record<QueryProblem, string> = {
  empty: "Введите слово или фразу — например, «выборы», «Өскемен» или имя человека.",
  "too-long": `Запрос слишком длинный: допускается не больше ${MAX_QUERY_LENGTH} символов. Оставьте несколько ключевых слов.`,
  "no-words": "В запросе нет ни букв, ни цифр. Введите хотя бы одно слово.",
};

async function Results({ text, words, page }: { text: string; words: string[]; page: number }) {
  // Pages are few and never paged: they are shown with the first page of articles.
  const [results, pages] = await Promise.all([searchArticles({ text, words }, page), page === 1 ? searchPages({ text, words }) : []]);
  if (!results) {
    return (
      <p className="search-page__note">
        Страницы {page} в результатах нет. <Link href={searchHref(text)}>Вернуться к первой странице</Link>.
      </p>
    );
  }
  if (results.total === 0 && pages.length === 0) {
    return (
      <div className="search-page__note">
        <p>По запросу «{text}» ничего не нашлось.</p>
        <p>Проверьте написание, уберите лишние слова или попробуйте синонимы.</p>
      </div>
    );
  }
  return (
    <>
      {pages.length > 0 && <PageHits hits={pages} />}
      {results.total === 0 ? <p className="search-page__note">Материалов по запросу «{text}» не нашлось.</p> : <ArticleHits results={results} text={text} />}
    </>
  );
}

function ArticleHits({ results, text }: { results: SearchResults; text: string }) {
  return (
    <>
      <p className="search-page__summary" role="status">
        {results.mode === "fallback" ? "Точных совпадений нет, показаны похожие материалы. " : ""}
        Найдено материалов: {results.capped ? `не менее ${results.total}` : results.total}.
      </p>
      <ol className="search-results">
        {results.items.map((hit) => (
          <SearchHitView key={hit.article.id} hit={hit} />
        ))}
      </ol>
      <Pagination page={results.page} totalPages={results.totalPages} href={(p) => searchHref(text, p)} />
    </>
  );
}

export async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { parsed, page } = readSearchParams(await searchParams);
  return (
    <SiteFrame>
      <div className="with-sidebar">
        <div className="search-page">
          <h1>{parsed.ok ? `Поиск: ${parsed.query.text}` : "Поиск по сайту"}</h1>
          <SearchBox id="search-page-q" className="search-box search-box--page" defaultValue={parsed.ok ? parsed.query.text : parsed.text} />
          {parsed.ok ? (
            <Results text={parsed.query.text} words={parsed.query.words} page={page} />
          ) : (
            <p className="search-page__note">{PROBLEMS[parsed.problem]}</p>
          )}
        </div>
        <ReaderSidebar />
      </div>
    </SiteFrame>
  );
}
