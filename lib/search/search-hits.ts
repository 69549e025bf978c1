import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { toSummary, type SummaryRow } from "@/lib/articles/mapping";
import type { ArticleSummary } from "@/lib/articles/types";
import { HEADLINE_MARKERS, splitHighlight, type HighlightPart } from "./highlight";
import { prefixTsQuery, type SearchQuery } from "./query";

export type SearchHit = { article: ArticleSummary; title: HighlightPart[]; snippet: HighlightPart[] };

/**
 * `stemmed`: full-text search in the `russian` configuration. `fallback`: nothing matched
 * that way, so words were matched as prefixes and titles by trigram similarity.
 */
export type SearchMode = "stemmed" | "fallback";

export function stemmedQuery(query: SearchQuery) {
  return Prisma.sql`websearch_to_tsquery('russian', ${query.text})`;
}

const BODY_TEXT = Prisma.sql`a.lead || ' ' || regexp_replace(a."bodyHtml", '<[^>]*>', ' ', 'g')`;
/** Far more than the MinWords that a snippet without a match shows. */
const OPENING_TEXT = Prisma.sql`a.lead || ' ' || left(regexp_replace(a."bodyHtml", '<[^>]*>', ' ', 'g'), 600)`;
const SNIPPET_OPTIONS = `${HEADLINE_MARKERS}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_OPTIONS = `${HEADLINE_MARKERS}, HighlightAll=true`;

function config(mode: SearchMode) {
  return mode === "stemmed" ? Prisma.sql`'russian'::regconfig` : Prisma.sql`'simple'::regconfig`;
}

/**
 * ts_headline parses all the text it is given, the bulk of this statement's cost. When lead
 * and body (weights B and C of "searchVector") do not match the query by themselves, it finds
 * no passage to show and gives the text's first words, however long the text: only the
 * opening is parsed then. In fallback mode the query is not the one "searchVector" was
 * matched with, so the text is always parsed whole.
 */
function snippet(mode: SearchMode) {
  const whole = Prisma.sql`ts_headline(${config(mode)}, ${BODY_TEXT}, q.query, ${SNIPPET_OPTIONS})`;
  if (mode === "fallback") return whole;
  return Prisma.sql`CASE WHEN ts_filter(a."searchVector", '{b,c}') @@ q.query THEN ${whole}
    ELSE ts_headline(${config(mode)}, ${OPENING_TEXT}, q.query, ${SNIPPET_OPTIONS}) END`;
}

type HitRow = SummaryRow & { titleLine: string; snippet: string };

/**
 * The article summaries (as `summarySelect` reads them) and the highlighted title and snippet
 * of a page of results, in one statement: search is read far more than anything else, and
 * Prisma's findMany would take two more round trips next to the headlines.
 */
function hitRows(mode: SearchMode, query: SearchQuery, ids: number[]) {
  const tsQuery = mode === "stemmed" ? stemmedQuery(query) : Prisma.sql`to_tsquery('simple', ${prefixTsQuery(query.words)})`;
  return Prisma.sql`
    WITH q AS (SELECT ${tsQuery} AS query)
    SELECT a.id, a.title, a.slug, a.lead, a."publishedAt", a."coverAlt", a."coverCaption",
      json_build_object('name', c.name, 'slug', c.slug) AS category,
      json_build_object('name', u.name, 'slug', u.slug) AS author,
      CASE WHEN m.id IS NULL THEN NULL
        ELSE json_build_object('key', m.key, 'width', m.width, 'height', m.height, 'widths', m.widths, 'alt', m.alt) END AS cover,
      ts_headline(${config(mode)}, a.title, q.query, ${TITLE_OPTIONS}) AS "titleLine",
      ${snippet(mode)} AS snippet
    FROM "Article" a
    JOIN "Category" c ON c.id = a."categoryId"
    JOIN "User" u ON u.id = a."authorId"
    LEFT JOIN "Media" m ON m.id = a."coverId",
    q
    WHERE a.id = ANY(${ids}::int[])`;
}

/** The hits for ranked article ids, in their order. */
export async function loadHits(prisma: PrismaClient, mode: SearchMode, query: SearchQuery, ids: number[]): Promise<SearchHit[]> {
  const rows = await prisma.$queryRaw<HitRow[]>(hitRows(mode, query, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { titleLine, snippet, ...summary } = row;
    return [{ article: toSummary(summary), title: splitHighlight(titleLine), snippet: splitHighlight(snippet) }];
  });
}
