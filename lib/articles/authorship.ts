import "server-only";
import { can } from "@/lib/auth/roles";
import type { Staff } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type Requested = { authorId: number | null; coAuthorIds?: number[] };
type Current = { authorId: number; coAuthorIds: number[] } | null;

export type Authorship = { ok: true; authorId: number; coAuthorIds: number[] | null } | { ok: false; field: string; message: string };

const sameList = (a: number[], b: number[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Who the article is by. Only an editor (articles.editOthers) may write on someone's behalf or
 * name co-authors, and only active staff can be named. `coAuthorIds` null: leave them as they are.
 */
export async function resolveAuthorship(staff: Staff, requested: Requested, current: Current): Promise<Authorship> {
  const authorId = requested.authorId ?? current?.authorId ?? staff.id;
  const coAuthors = requested.coAuthorIds === undefined ? null : [...new Set(requested.coAuthorIds)].filter((id) => id !== authorId);
  const authorChanged = authorId !== (current?.authorId ?? staff.id);
  const coAuthorsChanged = coAuthors !== null && !sameList(coAuthors, current?.coAuthorIds ?? []);
  if ((authorChanged || coAuthorsChanged) && !can(staff.role, "articles.editOthers")) {
    return { ok: false, field: authorChanged ? "authorId" : "coAuthorIds", message: "Выбирать автора и соавторов может только редактор." };
  }
  const named = [...(authorChanged ? [authorId] : []), ...(coAuthorsChanged ? coAuthors : [])];
  if (named.length > 0) {
    const active = await db().user.count({ where: { id: { in: named }, disabledAt: null } });
    if (active < new Set(named).size)
      return { ok: false, field: authorChanged ? "authorId" : "coAuthorIds", message: "Такого сотрудника нет или он отключён." };
  }
  return { ok: true, authorId, coAuthorIds: coAuthorsChanged ? coAuthors : null };
}

export async function readCoAuthorIds(articleId: number): Promise<number[]> {
  const rows = await db().articleAuthor.findMany({ where: { articleId }, orderBy: { position: "asc" }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

/** Replaces the co-authors, in byline order. */
export async function setCoAuthors(tx: Prisma.TransactionClient, articleId: number, userIds: number[]): Promise<void> {
  await tx.articleAuthor.deleteMany({ where: { articleId } });
  if (userIds.length > 0) await tx.articleAuthor.createMany({ data: userIds.map((userId, position) => ({ articleId, userId, position })) });
}

/** Staff an editor can name as author or co-author. */
export function activeStaffOptions(): Promise<{ id: number; name: string }[]> {
  return db().user.findMany({ where: { disabledAt: null }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } });
}
