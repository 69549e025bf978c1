import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { listTags, TAGS } from "@/lib/cache/tags";
import { fullSelect, summarySelect, toFull, toSummary } from "./mapping";
import type { ArticleFull, ArticleSummary, Page } from "./types";
import { cachedArg, isValid } from "@/lib/cache/cached-args";
import { VISIBLE_SQL, visibleToReaders } from "./visibility";
import { translationIdOf } from "./mapping";
import type { Language } from "@/lib/i18n/languages";
import { inCategoryTree } from "./category-tree";
import { PAGE_SIZE } from "./page-size";

export { PAGE_SIZE };

/** A cached list of articles: expired when its membership or one of its cards changes. */
function cacheList(rows: { id: number }[]) {
  cacheLife("max");
  cacheTag(...listTags(rows.map((r) => r.id)));
}

export async function getLatestArticles(language: Language, limit: number, offset = 0): Promise<ArticleSummary[]> {
  "use cache";
  if (!isValid(cachedArg.language, language) || !isValid(cachedArg.limit, limit) || !isValid(cachedArg.offset, offset)) return [];
  const rows = await db().article.findMany({
    where: visibleToReaders(language),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip: offset,
    take: limit,
    select: summarySelect,
  });
  cacheList(rows);
  return rows.map(toSummary);
}

export async function getMustReadArticles(language: Language, limit: number): Promise<ArticleSummary[]> {
  "use cache";
  if (!isValid(cachedArg.language, language) || !isValid(cachedArg.limit, limit)) return [];
  const rows = await db().article.findMany({
    where: { ...visibleToReaders(language), mustRead: true },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: summarySelect,
  });
  cacheList(rows);
  return rows.map(toSummary);
}

/** The newest of a category's feed (see inCategoryTree). */
export async function getLatestInCategory(language: Language, categoryId: number, limit: number): Promise<ArticleSummary[]> {
  "use cache";
  if (!isValid(cachedArg.language, language) || !isValid(cachedArg.id, categoryId) || !isValid(cachedArg.limit, limit)) return [];
  const rows = await db().article.findMany({
    where: { ...visibleToReaders(language), ...(await inCategoryTree({ id: categoryId })) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: summarySelect,
  });
  cacheList(rows);
  return rows.map(toSummary);
}

export async function getArticleBySlug(language: Language, slug: string): Promise<ArticleFull | null> {
  "use cache";
  if (!isValid(cachedArg.language, language) || !isValid(cachedArg.slug, slug)) return null;
  cacheLife("max");
  const row = await db().article.findFirst({ where: { ...visibleToReaders(language), slug }, select: fullSelect });
  // Not (yet) there: publishing it, or giving an article this slug, changes the lists.
  cacheTag(TAGS.site, row ? TAGS.article(row.id) : TAGS.lists);
  // Its translation's publishing or editing changes the language switch and hreflang.
  const translationId = row ? translationIdOf(row) : null;
  if (translationId !== null) cacheTag(TAGS.article(translationId));
  return row ? toFull(row) : null;
}

export type ArchiveKind = "category" | "tag" | "author";

async function archiveWhere(language: Language, kind: ArchiveKind, slug: string): Promise<Prisma.ArticleWhereInput> {
  const visible = visibleToReaders(language);
  switch (kind) {
    case "category":
      return { ...visible, ...(await inCategoryTree(language === "kk" ? { kkSlug: slug } : { slug })) };
    case "tag":
      return { ...visible, tags: { some: { tag: { slug } } } };
    case "author":
      // Their own articles and those they co-wrote.
      return { ...visible, OR: [{ author: { slug } }, { coAuthors: { some: { user: { slug } } } }] };
  }
}

/** One page of an archive, or null when the page is past the end (page 1 of an empty archive exists). */
export async function getArchivePage(language: Language, kind: ArchiveKind, slug: string, page: number): Promise<Page<ArticleSummary> | null> {
  "use cache";
  if (!isValid(cachedArg.language, language) || !isValid(cachedArg.archiveKind, kind) || !isValid(cachedArg.slug, slug) || !isValid(cachedArg.page, page))
    return null;
  const where = await archiveWhere(language, kind, slug);
  const [total, rows] = await Promise.all([
    db().article.count({ where }),
    db().article.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: summarySelect,
    }),
  ]);
  cacheList(rows);
  const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page > totalPages) return null;
  return { items: rows.map(toSummary), page, totalPages, total };
}

/**
 * «Вам также может понравиться»: articles sharing tags (two points a tag) or the category
 * (one point), newest first among equals; never the article itself.
 */
export async function getRelatedArticles(articleId: number, limit = 4): Promise<ArticleSummary[]> {
  "use cache";
  if (!isValid(cachedArg.id, articleId) || !isValid(cachedArg.limit, limit)) return [];
  const ids = await db().$queryRaw<{ id: number }[]>(Prisma.sql`
    WITH source AS (
      SELECT id, "categoryId", language FROM "Article" WHERE id = ${articleId}
    ), candidates AS (
      SELECT at2."articleId" AS id, 2 AS score
      FROM "ArticleTag" at1
      JOIN "ArticleTag" at2 ON at2."tagId" = at1."tagId" AND at2."articleId" <> at1."articleId"
      WHERE at1."articleId" = ${articleId}
      UNION ALL
      SELECT c.id, 1 FROM (
        SELECT a.id FROM "Article" a, source s
        WHERE a."categoryId" = s."categoryId" AND a.id <> s.id AND a.language = s.language
          AND ${VISIBLE_SQL}
        ORDER BY a."publishedAt" DESC LIMIT 50
      ) c
    )
    SELECT a.id FROM candidates c
    JOIN "Article" a ON a.id = c.id
    WHERE ${VISIBLE_SQL} AND a.language = (SELECT language FROM source)
    GROUP BY a.id, a."publishedAt"
    ORDER BY sum(c.score) DESC, a."publishedAt" DESC
    LIMIT ${limit}
  `);
  cacheList(ids);
  if (ids.length === 0) return [];
  const rows = await db().article.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: summarySelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap(({ id }) => {
    const row = byId.get(id);
    return row ? [toSummary(row)] : [];
  });
}
