import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { pagePath } from "@/lib/pages/page-paths";
import { HEADLINE_MARKERS, splitHighlight, type HighlightPart } from "./highlight";
import { prefixTsQuery, type SearchQuery } from "./query";
import { kazakhPrefixQuery, stemmedQuery } from "./search-hits";
import { byLanguage, inLanguages, queryColumns, searchedLanguages, type SearchIn } from "./languages";
import type { Language } from "@/lib/i18n/languages";

/** A site has tens of pages: a few best matches are shown above the articles, never paged. */
export const MAX_PAGE_HITS = 5;

export type PageHit = { path: string; title: HighlightPart[]; snippet: HighlightPart[] };

type PageHitRow = { slug: string; parentSlug: string | null; titleLine: string; snippet: string };

const SNIPPET_OPTIONS = `${HEADLINE_MARKERS}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_OPTIONS = `${HEADLINE_MARKERS}, HighlightAll=true`;

/** Per language: the stemmed query, it or the prefixes, and what marks hits (as `q` holds them). */
const STEMMED: Record<Language, Prisma.Sql> = { ru: Prisma.sql`q.ru`, kk: Prisma.sql`q.kk` };
const ANY_MATCH: Record<Language, Prisma.Sql> = { ru: Prisma.sql`(q.ru || q.ru_prefixed)`, kk: Prisma.sql`(q.kk || q.kk_prefixed)` };

/** Kazakh hits are marked by the stems as prefixes: there is no Kazakh configuration. */
function headline(language: Language, text: Prisma.Sql, options: string) {
  return language === "kk"
    ? Prisma.sql`ts_headline('simple', ${text}, q.kk_prefixed, ${options})`
    : Prisma.sql`ts_headline('russian', ${text}, ${ANY_MATCH.ru}, ${options})`;
}

/**
 * Published pages (a child only under a published parent) matching the words as the article
 * search does: stemmed, or, ranked below, as prefixes (words the stemmer does not know). Title
 * matches (weight A) come before body ones, then the pages' own order.
 */
function pageHitRows(query: SearchQuery, languages: Language[]) {
  const prefixes = prefixTsQuery(query.words);
  const columns = queryColumns(languages, {
    ru: [Prisma.sql`${stemmedQuery(query, "ru")} AS ru`, Prisma.sql`to_tsquery('simple', ${prefixes}) || to_tsquery('russian', ${prefixes}) AS ru_prefixed`],
    kk: [Prisma.sql`${stemmedQuery(query, "kk")} AS kk`, Prisma.sql`${kazakhPrefixQuery(query)} AS kk_prefixed`],
  });
  const inLanguage = (column: Prisma.Sql, value: (l: Language) => Prisma.Sql) => byLanguage(languages, column, value);
  return Prisma.sql`
    WITH q AS (SELECT ${columns}),
    matches AS (
      SELECT p.slug, parent.slug AS "parentSlug", p.title, p."bodyHtml", p.position, p.id, p.language,
        ${inLanguage(Prisma.sql`p.language`, (l) => Prisma.sql`p."searchVector" @@ ${STEMMED[l]}`)} AS stemmed,
        ts_rank('{0.05, 0.2, 0.5, 1.0}'::float4[], p."searchVector", ${inLanguage(Prisma.sql`p.language`, (l) => ANY_MATCH[l])}) AS rank
      FROM "Page" p LEFT JOIN "Page" parent ON parent.id = p."parentId", q
      WHERE p.status = 'PUBLISHED' AND (p."parentId" IS NULL OR parent.status = 'PUBLISHED')
        AND ${inLanguages(languages, Prisma.sql`p.language`, (l) => Prisma.sql`p."searchVector" @@ ${ANY_MATCH[l]}`)}
      ORDER BY stemmed DESC, rank DESC, p.position, p.id
      LIMIT ${MAX_PAGE_HITS}
    )
    SELECT m.slug, m."parentSlug",
      ${inLanguage(Prisma.sql`m.language`, (l) => headline(l, Prisma.sql`m.title`, TITLE_OPTIONS))} AS "titleLine",
      ${inLanguage(Prisma.sql`m.language`, (l) => headline(l, Prisma.sql`regexp_replace(m."bodyHtml", '<[^>]*>', ' ', 'g')`, SNIPPET_OPTIONS))} AS snippet
    FROM matches m, q
    ORDER BY m.stemmed DESC, m.rank DESC, m.position, m.id`;
}

export async function findPages(prisma: PrismaClient, query: SearchQuery, where: SearchIn): Promise<PageHit[]> {
  const rows = await prisma.$queryRaw<PageHitRow[]>(pageHitRows(query, searchedLanguages(where)));
  return rows.map((r) => ({ path: pagePath(r.slug, r.parentSlug), title: splitHighlight(r.titleLine), snippet: splitHighlight(r.snippet) }));
}
