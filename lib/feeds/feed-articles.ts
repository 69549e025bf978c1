import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { listTags, TAGS } from "@/lib/cache/tags";
import { fullSelect, toFull } from "@/lib/articles/mapping";
import type { ArticleFull } from "@/lib/articles/types";
import { cachedArg, isValid } from "@/lib/cache/cached-args";
import { visibleToReaders } from "@/lib/articles/visibility";
import { inCategoryTree } from "@/lib/articles/category-tree";
import type { Language } from "@/lib/i18n/languages";

export const FEED_SIZE = 30;

/** The newest visible articles of an edition with their full text, edition-wide or in one category's feed (see inCategoryTree). */
export async function getFeedArticles(language: Language, categorySlug?: string): Promise<ArticleFull[]> {
  "use cache";
  if (!isValid(cachedArg.language, language) || (categorySlug !== undefined && !isValid(cachedArg.slug, categorySlug))) return [];
  cacheLife("max");
  const category = categorySlug === undefined ? {} : await inCategoryTree(language === "kk" ? { kkSlug: categorySlug } : { slug: categorySlug });
  const rows = await db().article.findMany({
    where: { ...visibleToReaders(language), ...category },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: FEED_SIZE,
    select: fullSelect,
  });
  // Full text: every article's own changes too.
  cacheTag(...listTags(rows.map((r) => r.id)), ...rows.map((r) => TAGS.article(r.id)));
  return rows.map(toFull);
}
