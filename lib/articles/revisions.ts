import "server-only";
import { audit } from "@/lib/audit/audit";
import type { Staff } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { setArticleCategories } from "./article-categories";
import { canEditArticle } from "./permissions";

/** Keeps the article's current content as a revision (called in the transaction of every save). */
export async function snapshotRevision(tx: Prisma.TransactionClient, articleId: number, userId: number | null): Promise<void> {
  const a = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    include: { tags: { include: { tag: true } }, categories: { select: { categoryId: true }, orderBy: { categoryId: "asc" } } },
  });
  await tx.articleRevision.create({
    data: {
      articleId,
      userId,
      title: a.title,
      slug: a.slug,
      lead: a.lead,
      bodyHtml: a.bodyHtml,
      categoryId: a.categoryId,
      categoryIds: a.categories.map((c) => c.categoryId),
      tagNames: a.tags.map((t) => t.tag.name),
      coverId: a.coverId,
      coverAlt: a.coverAlt,
      coverCaption: a.coverCaption,
      mustRead: a.mustRead,
      status: a.status,
      publishedAt: a.publishedAt,
    },
  });
}

export async function listRevisions(articleId: number) {
  return db().articleRevision.findMany({
    where: { articleId, autosave: false },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true, status: true, createdAt: true, user: { select: { name: true } } },
  });
}

export async function getRevision(id: number) {
  return db().articleRevision.findUnique({ where: { id } });
}

/**
 * Puts a revision's content back (title, lead, body, categories, tags, cover, flag) without changing
 * the status or publication time; the restore is itself kept as a new revision.
 */
export async function restoreRevision(staff: Staff, revisionId: number): Promise<{ ok: true; articleId: number } | { ok: false; message: string }> {
  const revision = await db().articleRevision.findUnique({ where: { id: revisionId }, include: { article: true } });
  if (!revision) return { ok: false, message: "Редакция не найдена." };
  if (!canEditArticle(staff, revision.article)) return { ok: false, message: "У вас нет прав изменять эту статью." };
  const slugFree = (await db().article.count({ where: { slug: revision.slug, id: { not: revision.articleId } } })) === 0;
  await db().$transaction(async (tx) => {
    const tags = await tx.tag.findMany({ where: { name: { in: revision.tagNames } }, select: { id: true } });
    const cover = revision.coverId ? await tx.media.findUnique({ where: { id: revision.coverId } }) : null;
    // Categories deleted since are left out; without its primary, the article keeps its current one.
    const categories = await tx.category.findMany({ where: { id: { in: [revision.categoryId, ...revision.categoryIds] } }, select: { id: true } });
    const categoryId = categories.some((c) => c.id === revision.categoryId) ? revision.categoryId : revision.article.categoryId;
    await tx.article.update({
      where: { id: revision.articleId },
      data: {
        title: revision.title,
        ...(slugFree ? { slug: revision.slug } : {}),
        lead: revision.lead,
        bodyHtml: revision.bodyHtml,
        categoryId,
        coverId: cover?.id ?? null,
        coverAlt: revision.coverAlt,
        coverCaption: revision.coverCaption,
        mustRead: revision.mustRead,
        version: { increment: 1 },
        tags: { deleteMany: {}, create: tags.map((t) => ({ tagId: t.id })) },
      },
    });
    await setArticleCategories(
      tx,
      revision.articleId,
      categories.map((c) => c.id),
    );
    await snapshotRevision(tx, revision.articleId, staff.id);
    await audit(staff.id, "article.revision-restored", `article:${revision.articleId}`, { revisionId }, tx);
  });
  return { ok: true, articleId: revision.articleId };
}
