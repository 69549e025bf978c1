import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { prefixTsQuery, type SearchQuery } from "./query";
import { kazakhPrefixQuery, LANGUAGE_COLUMN, loadHits, stemmedColumns, type SearchHit, type SearchMode } from "./search-hits";
import { byLanguage, inLanguages, languageIn, queryColumns, searchedLanguages, type SearchIn } from "./languages";
import { VISIBLE_SQL } from "@/lib/articles/visibility";
import type { Language } from "@/lib/i18n/languages";

export const SEARCH_PAGE_SIZE = 10;

/** `capped`: counting stopped at `total`, so there are at least that many. */
export type SearchResults = { mode: SearchMode; items: SearchHit[]; page: number; totalPages: number; total: number; capped: boolean };

type RankedRow = { id: number; total: number; capped: boolean };

/**
 * ts_rank weights for D, C, B, A: title (A) over lead (B). Matches are found in the whole
 * document but ranked by title and lead only ("searchHead", small and stored in the row):
 * ranking by the body's document would read it from TOAST storage for every match, which is
 * what made common words slow; body-only matches come after, newest first.
 */
const WEIGHTS = Prisma.sql`'{0.05, 0.2, 0.5, 1.0}'::float4[]`;

/**
 * Counting stops here: a common word matches tens of thousands of articles, and counting them
 * all would cost more than the search. Pages go up to MAX_COUNTED / SEARCH_PAGE_SIZE.
 */
export const MAX_COUNTED = 1000;

type StemmedHead = { headTotal: number; total: number; ids: number[] };

/** The stemmed query of the row's language, as `q` holds it (stemmedColumns). */
const Q: Record<Language, Prisma.Sql> = { ru: Prisma.sql`q.ru`, kk: Prisma.sql`q.kk` };
const headMatches = (languages: Language[]) => inLanguages(languages, LANGUAGE_COLUMN, (l) => Prisma.sql`a."searchHead" @@ ${Q[l]}`);
const documentMatches = (languages: Language[]) => inLanguages(languages, LANGUAGE_COLUMN, (l) => Prisma.sql`a."searchVector" @@ ${Q[l]}`);

/**
 * Title and lead matches, ranked (title over lead, then newest), a page of them, and the totals.
 * They are found through the small "searchHead" document, so ranking never reads a body.
 */
function rankStemmedHead(query: SearchQuery, languages: Language[], offset: number) {
  return Prisma.sql`
    WITH q AS (SELECT ${stemmedColumns(query, languages)}),
    head AS (
      SELECT a.id, a."publishedAt", ts_rank(${WEIGHTS}, a."searchHead", ${byLanguage(languages, LANGUAGE_COLUMN, (l) => Q[l])}) AS rank
      FROM "Article" a, q WHERE ${headMatches(languages)} AND ${VISIBLE_SQL}
    ),
    counted AS (SELECT count(*) AS n FROM head)
    SELECT
      counted.n::int AS "headTotal",
      -- The whole document is counted only when title and lead matches do not reach the cap.
      (CASE WHEN counted.n >= ${MAX_COUNTED} THEN ${MAX_COUNTED}
        ELSE (SELECT count(*) FROM (SELECT 1 FROM "Article" a, q WHERE ${documentMatches(languages)} AND ${VISIBLE_SQL} LIMIT ${MAX_COUNTED}) c) END)::int AS total,
      coalesce((SELECT array_agg(p.id ORDER BY p.rank DESC, p."publishedAt" DESC, p.id DESC)
        FROM (SELECT * FROM head ORDER BY rank DESC, "publishedAt" DESC, id DESC LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}) p), '{}') AS ids
    FROM counted`;
}

/** Matches in the body only, newest first: they rank below every title and lead match. */
function rankStemmedBody(query: SearchQuery, languages: Language[], limit: number, offset: number) {
  const bodyOnly = inLanguages(languages, LANGUAGE_COLUMN, (l) => Prisma.sql`a."searchVector" @@ ${Q[l]} AND NOT (a."searchHead" @@ ${Q[l]})`);
  return Prisma.sql`
    WITH q AS (SELECT ${stemmedColumns(query, languages)})
    SELECT a.id FROM "Article" a, q
    WHERE ${bodyOnly} AND ${VISIBLE_SQL}
    ORDER BY a."publishedAt" DESC, a.id DESC
    LIMIT ${limit} OFFSET ${offset}`;
}

async function stemmedPage(prisma: PrismaClient, query: SearchQuery, languages: Language[], offset: number): Promise<RankedPage> {
  const [head] = await prisma.$queryRaw<StemmedHead[]>(rankStemmedHead(query, languages, offset));
  const { headTotal, total, ids } = head!;
  const missing = SEARCH_PAGE_SIZE - ids.length;
  if (missing > 0 && total > headTotal) {
    const body = await prisma.$queryRaw<{ id: number }[]>(rankStemmedBody(query, languages, missing, Math.max(0, offset - headTotal)));
    ids.push(...body.map((r) => r.id));
  }
  return { ids, total: Math.min(total, MAX_COUNTED), capped: total >= MAX_COUNTED };
}

type RankedPage = { ids: number[]; total: number; capped: boolean };

/** Trigram candidates ranked at most: each costs a word_similarity over its title. */
const FUZZY_CANDIDATES = 300;

/**
 * Words as prefixes, in either configuration: one tsquery, so one scan of "searchVector".
 * Titles are compared by trigrams (typos) only when no word matched as a prefix: that scan is
 * the costly one, and it is not OR-ed with the first because trigram matches are always
 * rechecked and the recheck would read whole documents. A place name can match a third of
 * all titles by trigrams («Павлодарда»), so only the newest matches are ranked: MAX_COUNTED
 * prefix matches, FUZZY_CANDIDATES trigram ones (ranking all of them took half a second).
 * Kazakh documents hold stems, matched by the query's stems as prefixes.
 */
function rankFallback(query: SearchQuery, languages: Language[], offset: number) {
  const prefixes = prefixTsQuery(query.words);
  const columns = queryColumns(languages, {
    ru: [Prisma.sql`to_tsquery('simple', ${prefixes}) AS simple`, Prisma.sql`to_tsquery('russian', ${prefixes}) AS stemmed`],
    kk: [Prisma.sql`${kazakhPrefixQuery(query)} AS kk`],
  });
  const matched = { ru: Prisma.sql`(q.simple || q.stemmed)`, kk: Prisma.sql`q.kk` };
  const ranked = { ru: Prisma.sql`q.simple`, kk: Prisma.sql`q.kk` };
  return Prisma.sql`
    WITH q AS (SELECT ${columns}),
    prefixed AS (
      SELECT a.id, a.title, a."publishedAt", a."searchHead", a.language
      FROM "Article" a, q WHERE ${inLanguages(languages, LANGUAGE_COLUMN, (l) => Prisma.sql`a."searchVector" @@ ${matched[l]}`)} AND ${VISIBLE_SQL}
      ORDER BY a."publishedAt" DESC LIMIT ${MAX_COUNTED}
    ),
    fuzzy AS (
      SELECT a.id, a.title, a."publishedAt", a."searchHead", a.language FROM "Article" a
      WHERE NOT EXISTS (SELECT 1 FROM prefixed) AND ${query.text} <% a.title AND ${VISIBLE_SQL}
        AND ${languageIn(languages, LANGUAGE_COLUMN)}
      ORDER BY a."publishedAt" DESC LIMIT ${FUZZY_CANDIDATES}
    ),
    matches AS (SELECT * FROM prefixed UNION ALL SELECT * FROM fuzzy)
    SELECT m.id, (count(*) OVER ())::int AS total,
      count(*) OVER () >= CASE WHEN EXISTS (SELECT 1 FROM prefixed) THEN ${MAX_COUNTED}::int ELSE ${FUZZY_CANDIDATES}::int END AS capped
    FROM matches m, q
    ORDER BY word_similarity(${query.text}, m.title) + ts_rank(${WEIGHTS}, m."searchHead", ${byLanguage(languages, Prisma.sql`m.language`, (l) => ranked[l])}) DESC,
      m."publishedAt" DESC, m.id DESC
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`;
}

async function fallbackPage(prisma: PrismaClient, query: SearchQuery, languages: Language[], offset: number): Promise<RankedPage> {
  const rows = await prisma.$queryRaw<RankedRow[]>(rankFallback(query, languages, offset));
  return { ids: rows.map((r) => r.id), total: rows[0]?.total ?? 0, capped: rows[0]?.capped ?? false };
}

/**
 * One page of search results for a parsed query, best first; null when `page` is past the end.
 * Page 1 with no results is an empty page, not null. Articles are in the edition's language,
 * or in every language when `where.scope` is "both".
 */
export async function runSearch(prisma: PrismaClient, query: SearchQuery, page: number, where: SearchIn): Promise<SearchResults | null> {
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  if (offset >= MAX_COUNTED) return null;
  const languages = searchedLanguages(where);
  let mode: SearchMode = "stemmed";
  let ranked = await stemmedPage(prisma, query, languages, offset);
  if (ranked.total === 0) {
    mode = "fallback";
    ranked = await fallbackPage(prisma, query, languages, offset);
  }
  if (ranked.ids.length === 0) return page === 1 ? { mode, items: [], page, totalPages: 1, total: 0, capped: false } : null;

  const items = await loadHits(prisma, mode, query, ranked.ids, languages);
  return { mode, items, page, totalPages: Math.max(1, Math.ceil(ranked.total / SEARCH_PAGE_SIZE)), total: ranked.total, capped: ranked.capped };
}
