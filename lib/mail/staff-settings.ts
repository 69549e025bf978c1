import "server-only";
import { db } from "@/lib/db";
import type { CommentMailMode } from "@/lib/generated/prisma/enums";

export const COMMENT_MAIL_MODES = ["IMMEDIATE", "DAILY", "NEVER"] as const satisfies readonly CommentMailMode[];

export const COMMENT_MAIL_LABELS: Record<CommentMailMode, string> = {
  IMMEDIATE: "Сразу",
  DAILY: "Раз в день (сводка)",
  NEVER: "Не присылать",
};

export async function readCommentMail(userId: number): Promise<CommentMailMode> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { commentMail: true } });
  return user?.commentMail ?? "IMMEDIATE";
}

/** A moderator's choice. Choosing the digest starts its day now: the first one comes a day later. */
export async function setCommentMail(userId: number, mode: CommentMailMode, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { commentMail: true } });
    if (!user || user.commentMail === mode) return;
    await tx.user.update({ where: { id: userId }, data: { commentMail: mode, ...(mode === "DAILY" ? { lastDigestAt: now } : {}) } });
  });
}
