import "server-only";
import type { Staff } from "@/lib/auth/sessions";
import { fail } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { ArticleInput } from "./article-input";
import { diffLines, htmlToLines, type DiffLine } from "./diff";
import { lockMessage, otherHolder } from "./edit-lock";

/** What changed between the version the editor loaded and the save it is refused over. */
export type SaveConflict = {
  /** The article's current version: sending it saves over theirs, knowingly. */
  version: number;
  savedBy: string;
  fields: { label: string; theirs: string; yours: string }[];
  body: DiffLine[];
};

export type EditRefusal = { ok: false; message: string; errors?: Record<string, string[]>; conflict?: SaveConflict };

type Stored = { id: number; version: number; deletedAt: Date | null; title: string; lead: string; bodyHtml: string; slug: string; updatedAt: Date };

/**
 * Why `staff` may not save over the stored article now: it is in the trash, someone else has it
 * open (or took it over from them), or it was saved since the version their form was loaded from.
 */
export async function editRefusal(staff: Staff, stored: Stored, input: ArticleInput, now = new Date()): Promise<EditRefusal | null> {
  if (stored.deletedAt) return { ok: false, message: "Статья в корзине: восстановите её, чтобы изменить." };
  const holder = await otherHolder(staff, stored.id, now);
  if (holder) return { ok: false, message: `${lockMessage(holder)}. Ваши изменения не сохранены.` };
  if (input.version === undefined || input.version === stored.version) return null;
  const last = await db().articleRevision.findFirst({
    where: { articleId: stored.id, autosave: false },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { user: { select: { name: true } } },
  });
  const savedBy = last?.user?.name ?? "другой сотрудник";
  const at = new Intl.DateTimeFormat("ru-RU", { timeZone: env().SITE_TIMEZONE, hour: "2-digit", minute: "2-digit" }).format(stored.updatedAt);
  const fields = [
    { label: "Заголовок", theirs: stored.title, yours: input.title },
    { label: "Адрес", theirs: stored.slug, yours: input.slug || stored.slug },
    { label: "Лид", theirs: stored.lead, yours: input.lead },
  ].filter((f) => f.theirs !== f.yours);
  return {
    ok: false,
    message: `Статью сохранил(а) ${savedBy} в ${at}, пока вы её редактировали. Ваш текст не сохранён и остался в форме: сравните изменения ниже.`,
    conflict: { version: stored.version, savedBy, fields, body: diffLines(htmlToLines(stored.bodyHtml), htmlToLines(input.bodyHtml)) },
  };
}

/** A refused save as the form's result, carrying the conflict (if any) for the editor to show. */
export function refusedSave(refusal: EditRefusal) {
  return Object.assign(fail(refusal.message, refusal.errors), refusal.conflict ? { conflict: refusal.conflict } : {});
}
