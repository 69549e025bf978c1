import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { pagePath } from "@/lib/pages/page-paths";
import { HEADLINE_MARKERS, splitHighlight, type HighlightPart } from "./highlight";
import { prefixTsQuery, type SearchQuery } from "./query";
import { stemmedQuery } from "./search-hits";

/** A site has tens of pages: a few best matches are shown above the articles, never paged. */
export const MAX_PAGE_HITS = 5;

export type PageHit = { path: string; title: HighlightPart[]; snippet: HighlightPart[] };

type PageHitRow = { slug: string; parentSlug: string | null; titleLine: string; snippet: string };

const SNIPPET_OPTIONS = `${HEADLINE_MARKERS}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_OPTIONS = `${HEADLINE_MARKERS}, HighlightAll=true`;

/**
 * Published pages (a child only under a published parent) matching the words as the article
 * search does: stemmed, or, ranked below, as prefixes (words the stemmer does not know). Title
 * matches (weight A) come before body ones, then the pages' own order.
 */
function pageHitRows(query: SearchQuery) {
  const prefixes = prefixTsQuery(query.words);
  return Prisma.sql`
    WITH q AS (
      SELECT ${stemmedQuery(query)} AS stemmed,
        to_tsquery('simple', ${prefixes}) || to_tsquery('russian', ${prefixes}) AS prefixed
    ),
    matches AS (
      SELECT p.slug, parent.slug AS "parentSlug", p.title, p."bodyHtml", p.position, p.id,
        p."searchVector" @@ q.stemmed AS stemmed,
        ts_rank('{0.05, 0.2, 0.5, 1.0}'::float4[], p."searchVector", q.stemmed || q.prefixed) AS rank
      FROM "Page" p LEFT JOIN "Page" parent ON parent.id = p."parentId", q
      WHERE p.status = 'PUBLISHED' AND (p."parentId" IS NULL OR parent.status = 'PUBLISHED')
        AND p."searchVector" @@ (q.stemmed || q.prefixed)
      ORDER BY stemmed DESC, rank DESC, p.position, p.id
      LIMIT ${MAX_PAGE_HITS}
    )
    SELECT m.slug, m."parentSlug",
      ts_headline('russian', m.title, q.stemmed || q.prefixed, ${TITLE_OPTIONS}) AS "titleLine",
      ts_headline('russian', regexp_replace(m."bodyHtml", '<[^>]*>', ' ', 'g'), q.stemmed || q.prefixed, ${SNIPPET_OPTIONS}) AS snippet
    FROM matches m, q
    ORDER BY m.stemmed DESC, m.rank DESC, m.position, m.id`;
}

export async function findPages(prisma: PrismaClient, query: SearchQuery): Promise<PageHit[]> {
  const rows = await prisma.$queryRaw<PageHitRow[]>(pageHitRows(query));
  return rows.map((r) => ({ path: pagePath(r.slug, r.parentSlug), title: splitHighlight(r.titleLine), snippet: splitHighlight(r.snippet) }));
}
