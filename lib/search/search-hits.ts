import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { toSummary, type SummaryRow } from "@/lib/articles/mapping";
import type { ArticleSummary } from "@/lib/articles/types";
import { HEADLINE_MARKERS, splitHighlight, type HighlightPart } from "./highlight";
import { prefixTsQuery, type SearchQuery } from "./query";
import { byLanguage, queryColumns } from "./languages";
import type { Language } from "@/lib/i18n/languages";

export type SearchHit = { article: ArticleSummary; title: HighlightPart[]; snippet: HighlightPart[] };

/**
 * `stemmed`: full-text search of stems (the `russian` configuration, or vestnik_kk_stem for
 * Kazakh). `fallback`: nothing matched that way, so words were matched as prefixes and titles
 * by trigram similarity.
 */
export type SearchMode = "stemmed" | "fallback";

/** The query matched against a `language` document's stems. */
export function stemmedQuery(query: SearchQuery, language: Language) {
  return language === "kk" ? Prisma.sql`vestnik_kk_tsquery(${query.text})` : Prisma.sql`websearch_to_tsquery('russian', ${query.text})`;
}

/**
 * Kazakh stems as prefixes: the words as written in Kazakh text, inflected, so that
 * ts_headline (`simple`) marks them; also the prefix fallback for Kazakh documents.
 */
export function kazakhPrefixQuery(query: SearchQuery) {
  return Prisma.sql`vestnik_kk_prefix_tsquery(${query.text})`;
}

/** Columns `ru`, `kk` of the CTE `q`: the stemmed query of each searched language. */
export function stemmedColumns(query: SearchQuery, languages: Language[]) {
  return queryColumns(languages, {
    ru: [Prisma.sql`${stemmedQuery(query, "ru")} AS ru`],
    kk: [Prisma.sql`${stemmedQuery(query, "kk")} AS kk`],
  });
}

export const LANGUAGE_COLUMN = Prisma.sql`a.language`;

const BODY_TEXT = Prisma.sql`a.lead || ' ' || regexp_replace(a."bodyHtml", '<[^>]*>', ' ', 'g')`;
/** Far more than the MinWords that a snippet without a match shows. */
const OPENING_TEXT = Prisma.sql`a.lead || ' ' || left(regexp_replace(a."bodyHtml", '<[^>]*>', ' ', 'g'), 600)`;
const SNIPPET_OPTIONS = `${HEADLINE_MARKERS}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_OPTIONS = `${HEADLINE_MARKERS}, HighlightAll=true`;

/** Kazakh hits are marked by their stems as prefixes: there is no Kazakh configuration. */
function config(mode: SearchMode, language: Language) {
  return mode === "stemmed" && language === "ru" ? Prisma.sql`'russian'::regconfig` : Prisma.sql`'simple'::regconfig`;
}

/** What `q` holds for headlines: `ru` (as the hits were found), `kk` (stems), `kk_marks`. */
function headlineColumns(mode: SearchMode, query: SearchQuery, languages: Language[]) {
  const ru = mode === "stemmed" ? stemmedQuery(query, "ru") : Prisma.sql`to_tsquery('simple', ${prefixTsQuery(query.words)})`;
  return queryColumns(languages, {
    ru: [Prisma.sql`${ru} AS ru`],
    kk: [Prisma.sql`${stemmedQuery(query, "kk")} AS kk`, Prisma.sql`${kazakhPrefixQuery(query)} AS kk_marks`],
  });
}

const MATCHED: Record<Language, Prisma.Sql> = { ru: Prisma.sql`q.ru`, kk: Prisma.sql`q.kk` };
const MARKED: Record<Language, Prisma.Sql> = { ru: Prisma.sql`q.ru`, kk: Prisma.sql`q.kk_marks` };

/**
 * ts_headline parses all the text it is given, the bulk of this statement's cost. When lead
 * and body (weights B and C of "searchVector") do not match the query by themselves, it finds
 * no passage to show and gives the text's first words, however long the text: only the
 * opening is parsed then. In fallback mode the query is not the one "searchVector" was
 * matched with, so the text is always parsed whole.
 */
function snippet(mode: SearchMode, language: Language) {
  const whole = Prisma.sql`ts_headline(${config(mode, language)}, ${BODY_TEXT}, ${MARKED[language]}, ${SNIPPET_OPTIONS})`;
  if (mode === "fallback") return whole;
  return Prisma.sql`CASE WHEN ts_filter(a."searchVector", '{b,c}') @@ ${MATCHED[language]} THEN ${whole}
    ELSE ts_headline(${config(mode, language)}, ${OPENING_TEXT}, ${MARKED[language]}, ${SNIPPET_OPTIONS}) END`;
}

type HitRow = SummaryRow & { titleLine: string; snippet: string };

/**
 * The article summaries (as `summarySelect` reads them) and the highlighted title and snippet
 * of a page of results, in one statement: search is read far more than anything else, and
 * Prisma's findMany would take two more round trips next to the headlines.
 */
function hitRows(mode: SearchMode, query: SearchQuery, ids: number[], languages: Language[]) {
  return Prisma.sql`
    WITH q AS (SELECT ${headlineColumns(mode, query, languages)})
    SELECT a.id, a.title, a.slug, a.lead, a."publishedAt", a."coverAlt", a."coverCaption", a.language,
      json_build_object('name', c.name, 'slug', c.slug, 'kkName', c."kkName", 'kkSlug', c."kkSlug") AS category,
      json_build_object('name', u.name, 'slug', u.slug) AS author,
      CASE WHEN m.id IS NULL THEN NULL
        ELSE json_build_object('key', m.key, 'width', m.width, 'height', m.height, 'widths', m.widths, 'alt', m.alt) END AS cover,
      ${byLanguage(languages, LANGUAGE_COLUMN, (l) => Prisma.sql`ts_headline(${config(mode, l)}, a.title, ${MARKED[l]}, ${TITLE_OPTIONS})`)} AS "titleLine",
      ${byLanguage(languages, LANGUAGE_COLUMN, (l) => snippet(mode, l))} AS snippet
    FROM "Article" a
    JOIN "Category" c ON c.id = a."categoryId"
    JOIN "User" u ON u.id = a."authorId"
    LEFT JOIN "Media" m ON m.id = a."coverId",
    q
    WHERE a.id = ANY(${ids}::int[])`;
}

/** The hits for ranked article ids, in their order. */
export async function loadHits(prisma: PrismaClient, mode: SearchMode, query: SearchQuery, ids: number[], languages: Language[]): Promise<SearchHit[]> {
  const rows = await prisma.$queryRaw<HitRow[]>(hitRows(mode, query, ids, languages));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { titleLine, snippet, ...summary } = row;
    return [{ article: toSummary(summary), title: splitHighlight(titleLine), snippet: splitHighlight(snippet) }];
  });
}
