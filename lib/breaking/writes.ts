import "server-only";
import { audit } from "@/lib/audit/audit";
import type { Staff } from "@/lib/auth/sessions";
import { canPublishArticle } from "@/lib/articles/permissions";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { breakingUntilFor, type BreakingInput } from "./breaking-input";

export type BreakingResult = { ok: true; message: string; until: Date | null } | { ok: false; message: string };

/**
 * Puts an article in the «Срочно» ticker until a time, or takes it off. Only who may publish the
 * article may. The database announces the change (breaking: true), which expires the ticker's
 * cache tag in every process and reschedules the expiry watcher.
 */
export async function setBreaking(staff: Staff, input: BreakingInput, now = new Date()): Promise<BreakingResult> {
  const article = await db().article.findUnique({ where: { id: input.articleId }, select: { id: true, authorId: true, title: true } });
  if (!article) return { ok: false, message: "Статья не найдена." };
  if (!canPublishArticle(staff, article)) return { ok: false, message: "Отмечать «Срочно» может только тот, кто может опубликовать статью." };
  const resolved = breakingUntilFor(input, now, env().SITE_TIMEZONE);
  if (!resolved.ok) return resolved;
  await db().article.update({ where: { id: article.id }, data: { breakingUntil: resolved.until } });
  await audit(staff.id, resolved.until ? "article.breaking" : "article.breaking-off", `article:${article.id}`, {
    title: article.title,
    until: resolved.until?.toISOString() ?? null,
  });
  return { ok: true, message: resolved.until ? "«Срочно» сохранено." : "Статья убрана из «Срочно».", until: resolved.until };
}
