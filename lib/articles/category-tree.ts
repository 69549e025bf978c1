import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { withDescendants } from "@/lib/taxonomy/hierarchy";
import { getCategories } from "@/lib/taxonomy/reads";

/**
 * Articles in a category's feed: in that category or any under it, as their primary category or
 * another one. An unknown category has none.
 */
export async function inCategoryTree(category: { slug: string } | { kkSlug: string } | { id: number }): Promise<Prisma.ArticleWhereInput> {
  const categories = await getCategories();
  const root = categories.find((c) =>
    "slug" in category ? c.slug === category.slug : "kkSlug" in category ? c.kkSlug === category.kkSlug : c.id === category.id,
  );
  return { categories: { some: { categoryId: { in: root ? withDescendants(categories, root.id) : [] } } } };
}
