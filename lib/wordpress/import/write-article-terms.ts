import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "./import-context";

export type ArticleTerms = { articleId: number; existed: boolean; tagIds: number[]; categoryIds: number[] };

function pairs(rows: ArticleTerms[], ids: (row: ArticleTerms) => number[]): [number[], number[]] {
  const articles: number[] = [];
  const terms: number[] = [];
  for (const row of rows) {
    for (const id of new Set(ids(row))) {
      articles.push(row.articleId);
      terms.push(id);
    }
  }
  return [articles, terms];
}

/**
 * Gives a batch of articles exactly the tags and categories of their posts: the rows of those
 * imported before are replaced (the database keeps each primary category among them), in a few
 * statements for the whole batch.
 */
export async function writeArticleTerms(tx: Tx, rows: ArticleTerms[]): Promise<void> {
  const again = rows.filter((r) => r.existed).map((r) => r.articleId);
  if (again.length > 0) {
    await tx.$executeRaw(Prisma.sql`DELETE FROM "ArticleTag" WHERE "articleId" = ANY(${again}::int[])`);
    await tx.$executeRaw(Prisma.sql`DELETE FROM "ArticleCategory" WHERE "articleId" = ANY(${again}::int[])`);
  }
  const [tagArticles, tags] = pairs(rows, (r) => r.tagIds);
  if (tags.length > 0) {
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "ArticleTag" ("articleId", "tagId") SELECT * FROM unnest(${tagArticles}::int[], ${tags}::int[]) ON CONFLICT DO NOTHING`);
  }
  const [categoryArticles, categories] = pairs(rows, (r) => r.categoryIds);
  if (categories.length > 0) {
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "ArticleCategory" ("articleId", "categoryId")
      SELECT * FROM unnest(${categoryArticles}::int[], ${categories}::int[]) ON CONFLICT DO NOTHING`);
  }
}
