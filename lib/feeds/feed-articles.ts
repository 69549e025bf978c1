import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { listTags, TAGS } from "@/lib/cache/tags";
import { fullSelect, toFull } from "@/lib/articles/mapping";
import type { ArticleFull } from "@/lib/articles/types";
import { cachedArg, isValid } from "@/lib/cache/cached-args";
import { visibleToReaders } from "@/lib/articles/visibility";
import { inCategoryTree } from "@/lib/articles/category-tree";

export const FEED_SIZE = 30;

/** The newest visible articles with their full text, site-wide or in one category's feed (see inCategoryTree). */
export async function getFeedArticles(categorySlug?: string): Promise<ArticleFull[]> {
  "use cache";
  if (categorySlug !== undefined && !isValid(cachedArg.slug, categorySlug)) return [];
  cacheLife("max");
  const rows = await db().article.findMany({
    where: { ...visibleToReaders(), ...(categorySlug ? await inCategoryTree({ slug: categorySlug }) : {}) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: FEED_SIZE,
    select: fullSelect,
  });
  // Full text: every article's own changes too.
  cacheTag(...listTags(rows.map((r) => r.id)), ...rows.map((r) => TAGS.article(r.id)));
  return rows.map(toFull);
}
