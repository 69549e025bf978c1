import "server-only";
import { db } from "@/lib/db";
import type { ArticleRevision } from "@/lib/generated/prisma/client";
import type { EditableArticle } from "./newsroom-reads";

/** What the editor page needs besides the article: its version, whether it is trashed, and the user's newer autosave. */
export async function editingState(userId: number, articleId: number) {
  const article = await db().article.findUnique({ where: { id: articleId }, select: { version: true, deletedAt: true, updatedAt: true } });
  if (!article) return null;
  const autosave = await db().articleRevision.findFirst({
    where: { articleId, userId, autosave: true, createdAt: { gt: article.updatedAt } },
    orderBy: { createdAt: "desc" },
  });
  return { version: article.version, trashed: article.deletedAt !== null, autosave };
}

/** The article with the autosave's content in the form; status, time and SEO fields stay as saved. */
export async function withAutosave(article: EditableArticle, autosave: ArticleRevision): Promise<EditableArticle> {
  const cover = autosave.coverId ? await db().media.findUnique({ where: { id: autosave.coverId }, select: { key: true, widths: true } }) : null;
  return {
    ...article,
    title: autosave.title,
    slug: autosave.slug,
    lead: autosave.lead,
    bodyHtml: autosave.bodyHtml,
    categoryId: autosave.categoryId,
    categoryIds: autosave.categoryIds,
    tags: autosave.tagNames.join(", "),
    coverId: cover ? autosave.coverId : null,
    cover,
    coverAlt: autosave.coverAlt,
    coverCaption: autosave.coverCaption,
    mustRead: autosave.mustRead,
  };
}
