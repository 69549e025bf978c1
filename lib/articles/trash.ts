import "server-only";
import { audit } from "@/lib/audit/audit";
import { can } from "@/lib/auth/roles";
import type { Staff } from "@/lib/auth/sessions";
import { db } from "@/lib/db";

export type TrashResult = { trashed: number; refused: number; message: string };

type ArticleRef = { authorId: number; status: string; trashedStatus?: string | null };

/** Editors and up trash anything; an author or contributor only their own drafts. */
export function canTrashArticle(staff: Staff, article: ArticleRef): boolean {
  if (can(staff.role, "articles.editOthers")) return true;
  return article.authorId === staff.id && (article.trashedStatus ?? article.status) === "DRAFT";
}

/**
 * Moves articles to «Корзина»: readers lose them at once (the status becomes DRAFT, which every
 * reader query and the change trigger already treat as unpublished) and restoring gives back
 * the status they had.
 */
export async function trashArticles(staff: Staff, ids: number[], now = new Date()): Promise<TrashResult> {
  const unique = [...new Set(ids)];
  const rows = await db().article.findMany({ where: { id: { in: unique }, deletedAt: null }, select: { id: true, title: true, authorId: true, status: true } });
  const allowed = rows.filter((a) => canTrashArticle(staff, a));
  await db().$transaction(async (tx) => {
    for (const a of allowed) {
      await tx.article.update({ where: { id: a.id }, data: { deletedAt: now, trashedStatus: a.status, status: "DRAFT" } });
      await tx.articleLock.deleteMany({ where: { articleId: a.id } });
      await audit(staff.id, "article.trashed", `article:${a.id}`, { title: a.title, from: a.status }, tx);
    }
  });
  const refused = unique.length - allowed.length;
  const parts = [allowed.length > 0 ? `В корзину перемещено статей: ${allowed.length}.` : "Ни одна статья не перемещена в корзину."];
  if (refused > 0) parts.push(`Не перемещено: ${refused} — вы можете удалять только свои черновики, а статьи уже в корзине или удалённые не перемещаются.`);
  return { trashed: allowed.length, refused, message: parts.join(" ") };
}

type Outcome = { ok: true; message: string } | { ok: false; message: string };

async function trashedArticle(staff: Staff, id: number) {
  const article = await db().article.findUnique({
    where: { id },
    select: { id: true, title: true, authorId: true, status: true, trashedStatus: true, deletedAt: true },
  });
  if (!article?.deletedAt) return { ok: false as const, message: "Статьи нет в корзине." };
  if (!canTrashArticle(staff, article)) return { ok: false as const, message: "Вы можете восстанавливать и удалять только свои черновики." };
  return { ok: true as const, article };
}

/** Takes an article out of «Корзина» with the status it had. */
export async function restoreArticle(staff: Staff, id: number): Promise<Outcome> {
  const found = await trashedArticle(staff, id);
  if (!found.ok) return found;
  const { article } = found;
  await db().$transaction(async (tx) => {
    await tx.article.update({ where: { id }, data: { deletedAt: null, trashedStatus: null, status: article.trashedStatus ?? "DRAFT" } });
    await audit(staff.id, "article.restored", `article:${id}`, { title: article.title, status: article.trashedStatus }, tx);
  });
  return { ok: true, message: `Статья «${article.title}» восстановлена.` };
}

/** Deletes a trashed article for good, with its comments and revisions. */
export async function purgeArticle(staff: Staff, id: number): Promise<Outcome> {
  const found = await trashedArticle(staff, id);
  if (!found.ok) return found;
  await db().$transaction(async (tx) => {
    await tx.article.delete({ where: { id } });
    await audit(staff.id, "article.purged", `article:${id}`, { title: found.article.title }, tx);
  });
  return { ok: true, message: `Статья «${found.article.title}» удалена навсегда.` };
}

/** What `staff` sees in «Корзина»: every trashed article for editors, their own for others. */
export function listTrashedArticles(staff: Staff) {
  return db().article.findMany({
    where: { deletedAt: { not: null }, ...(can(staff.role, "articles.editOthers") ? {} : { authorId: staff.id }) },
    orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true, trashedStatus: true, deletedAt: true, author: { select: { name: true } } },
  });
}
