import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Makes `categoryIds` all of an article's categories, after its primary (Article.categoryId) is
 * set; the database keeps the primary among them whatever the list says (migration article_categories).
 */
export async function setArticleCategories(tx: Prisma.TransactionClient, articleId: number, categoryIds: number[]): Promise<void> {
  await tx.articleCategory.deleteMany({ where: { articleId, categoryId: { notIn: categoryIds } } });
  await tx.articleCategory.createMany({ data: categoryIds.map((categoryId) => ({ articleId, categoryId })), skipDuplicates: true });
}
