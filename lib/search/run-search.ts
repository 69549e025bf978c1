import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { summarySelect, toSummary } from "@/lib/data/article-mapping";
import type { ArticleSummary } from "@/lib/data/types";
import { HEADLINE_MARKERS, splitHighlight, type HighlightPart } from "./highlight";
import { prefixTsQuery, type SearchQuery } from "./query";

export const SEARCH_PAGE_SIZE = 10;

export type SearchHit = { article: ArticleSummary; title: HighlightPart[]; snippet: HighlightPart[] };

/**
 * `stemmed`: full-text search in the `russian` configuration. `fallback`: nothing matched
 * that way, so words were matched as prefixes and titles by trigram similarity.
 */
export type SearchMode = "stemmed" | "fallback";

export type SearchResults = { mode: SearchMode; items: SearchHit[]; page: number; totalPages: number; total: number };

type RankedRow = { id: number; total: number };
type HeadlineRow = { id: number; title: string; snippet: string };

const VISIBLE = Prisma.sql`a.status = 'PUBLISHED' AND a."publishedAt" <= now()`;
/** ts_rank weights for D, C, B, A: title (A) over lead (B) over body (C). */
const WEIGHTS = Prisma.sql`'{0.05, 0.2, 0.5, 1.0}'::float4[]`;
const BODY_TEXT = Prisma.sql`a.lead || ' ' || regexp_replace(a."bodyHtml", '<[^>]*>', ' ', 'g')`;
const SNIPPET_OPTIONS = `${HEADLINE_MARKERS}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_OPTIONS = `${HEADLINE_MARKERS}, HighlightAll=true`;

function stemmedQuery(query: SearchQuery) {
  return Prisma.sql`websearch_to_tsquery('russian', ${query.text})`;
}

function rankStemmed(query: SearchQuery, offset: number) {
  return Prisma.sql`
    WITH q AS (SELECT ${stemmedQuery(query)} AS query)
    SELECT a.id, (count(*) OVER ())::int AS total
    FROM "Article" a, q
    WHERE a."searchVector" @@ q.query AND ${VISIBLE}
    ORDER BY ts_rank(${WEIGHTS}, a."searchVector", q.query) DESC, a."publishedAt" DESC, a.id DESC
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`;
}

function rankFallback(query: SearchQuery, offset: number) {
  const prefixes = prefixTsQuery(query.words);
  return Prisma.sql`
    WITH q AS (SELECT to_tsquery('simple', ${prefixes}) AS simple, to_tsquery('russian', ${prefixes}) AS stemmed)
    SELECT a.id, (count(*) OVER ())::int AS total
    FROM "Article" a, q
    WHERE (a."searchVector" @@ q.simple OR a."searchVector" @@ q.stemmed OR ${query.text} <% a.title) AND ${VISIBLE}
    ORDER BY word_similarity(${query.text}, a.title) + ts_rank(${WEIGHTS}, a."searchVector", q.simple) DESC,
      a."publishedAt" DESC, a.id DESC
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`;
}

function headlines(mode: SearchMode, query: SearchQuery, ids: number[]) {
  const config = mode === "stemmed" ? Prisma.sql`'russian'::regconfig` : Prisma.sql`'simple'::regconfig`;
  const tsQuery = mode === "stemmed" ? stemmedQuery(query) : Prisma.sql`to_tsquery('simple', ${prefixTsQuery(query.words)})`;
  return Prisma.sql`
    WITH q AS (SELECT ${tsQuery} AS query)
    SELECT a.id,
      ts_headline(${config}, a.title, q.query, ${TITLE_OPTIONS}) AS title,
      ts_headline(${config}, ${BODY_TEXT}, q.query, ${SNIPPET_OPTIONS}) AS snippet
    FROM "Article" a, q
    WHERE a.id = ANY(${ids}::int[])`;
}

/**
 * One page of search results for a parsed query, best first; null when `page` is past the end.
 * Page 1 with no results is an empty page, not null.
 */
export async function runSearch(prisma: PrismaClient, query: SearchQuery, page: number): Promise<SearchResults | null> {
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  let mode: SearchMode = "stemmed";
  let ranked = await prisma.$queryRaw<RankedRow[]>(rankStemmed(query, offset));
  if (ranked.length === 0 && page === 1) {
    mode = "fallback";
    ranked = await prisma.$queryRaw<RankedRow[]>(rankFallback(query, offset));
  } else if (ranked.length === 0) {
    // A later page of a fallback search: the stemmed search found nothing at all.
    const anyStemmed = await prisma.$queryRaw<RankedRow[]>(rankStemmed(query, 0));
    if (anyStemmed.length > 0) return null;
    mode = "fallback";
    ranked = await prisma.$queryRaw<RankedRow[]>(rankFallback(query, offset));
  }
  if (ranked.length === 0) return page === 1 ? { mode, items: [], page, totalPages: 1, total: 0 } : null;

  const ids = ranked.map((r) => r.id);
  const [rows, lines] = await Promise.all([
    prisma.article.findMany({ where: { id: { in: ids } }, select: summarySelect }),
    prisma.$queryRaw<HeadlineRow[]>(headlines(mode, query, ids)),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const lineById = new Map(lines.map((l) => [l.id, l]));
  const items = ids.flatMap((id) => {
    const row = byId.get(id);
    const line = lineById.get(id);
    if (!row || !line) return [];
    return [{ article: toSummary(row), title: splitHighlight(line.title), snippet: splitHighlight(line.snippet) }];
  });
  const total = ranked[0]!.total;
  return { mode, items, page, totalPages: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)), total };
}
