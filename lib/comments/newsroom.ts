import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit/audit";
import type { Staff } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { noticeApprovedReply } from "@/lib/mail/notices";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { formatCommentHtml } from "./format";
import { commentInputSchema } from "./input";
import { MAX_THREAD_DEPTH } from "./limits";
import type { ModerationKeys } from "./moderation";
import { DISALLOWED_KEYS_SETTING, MODERATION_KEYS_SETTING, readModerationKeys } from "./settings";

export const COMMENT_STATUSES = ["PENDING", "APPROVED", "SPAM", "TRASH"] as const satisfies readonly CommentStatus[];
export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = {
  PENDING: "Ожидают проверки",
  APPROVED: "Одобренные",
  SPAM: "Спам",
  TRASH: "Корзина",
};
export const MODERATION_ACTIONS = ["approve", "unapprove", "spam", "trash", "delete"] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];
export const COMMENTS_PAGE_SIZE = 30;

const NEXT_STATUS: Record<Exclude<ModerationAction, "delete">, CommentStatus> = {
  approve: "APPROVED",
  unapprove: "PENDING",
  spam: "SPAM",
  trash: "TRASH",
};

/** A comment as the moderator's edit form shows it. */
export function readCommentForEdit(id: number) {
  return db().comment.findUnique({
    where: { id },
    select: { id: true, authorName: true, authorEmail: true, authorUrl: true, content: true, article: { select: { title: true } } },
  });
}

export async function commentCounts(): Promise<Record<CommentStatus, number>> {
  const rows = await db().comment.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = { PENDING: 0, APPROVED: 0, SPAM: 0, TRASH: 0 };
  for (const row of rows) counts[row.status] = row._count._all;
  return counts;
}

export async function listComments(status: CommentStatus, page: number) {
  return db().comment.findMany({
    where: { status },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * COMMENTS_PAGE_SIZE,
    take: COMMENTS_PAGE_SIZE,
    select: {
      id: true,
      authorName: true,
      authorEmail: true,
      authorUrl: true,
      authorIp: true,
      content: true,
      status: true,
      createdAt: true,
      parentId: true,
      article: { select: { id: true, title: true, slug: true } },
      user: { select: { name: true } },
    },
  });
}

/** Applies one moderation action to several comments; "delete" removes only what is already in spam or trash. Returns the articles touched. */
export async function moderateComments(staff: Staff, ids: number[], action: ModerationAction): Promise<number[]> {
  const targets = await db().comment.findMany({ where: { id: { in: ids } }, select: { id: true, articleId: true, status: true } });
  if (targets.length === 0) return [];
  await db().$transaction(async (tx) => {
    if (action === "delete") {
      await tx.comment.deleteMany({ where: { id: { in: targets.map((c) => c.id) }, status: { in: ["SPAM", "TRASH"] } } });
    } else {
      await tx.comment.updateMany({ where: { id: { in: targets.map((c) => c.id) } }, data: { status: NEXT_STATUS[action] } });
      if (action === "approve") for (const target of targets) await noticeApprovedReply(tx, target.id);
    }
    await audit(staff.id, `comment.${action}`, targets.map((c) => `comment:${c.id}`).join(","), { count: targets.length }, tx);
  });
  return [...new Set(targets.map((c) => c.articleId))];
}

/** A moderator's edit is held to the rules a reader's comment is. */
export const commentEdit = commentInputSchema
  .pick({ authorName: true, authorEmail: true, authorUrl: true, content: true })
  .extend({ id: z.coerce.number().int().positive() });

export async function editComment(staff: Staff, input: z.infer<typeof commentEdit>): Promise<number | null> {
  const comment = await db().comment.findUnique({ where: { id: input.id }, select: { articleId: true } });
  if (!comment) return null;
  await db().$transaction(async (tx) => {
    await tx.comment.update({
      where: { id: input.id },
      data: {
        authorName: input.authorName,
        authorEmail: input.authorEmail,
        authorUrl: input.authorUrl,
        content: input.content,
        contentHtml: formatCommentHtml(input.content),
      },
    });
    await audit(staff.id, "comment.edit", `comment:${input.id}`, {}, tx);
  });
  return comment.articleId;
}

export const staffReply = z.object({ parentId: z.coerce.number().int().positive(), content: commentInputSchema.shape.content });

/** A reply signed by the staff member, approved at once; like WordPress, replying approves the comment answered. */
export async function replyAsStaff(staff: Staff, input: z.infer<typeof staffReply>): Promise<{ ok: true; articleId: number } | { ok: false; message: string }> {
  const parent = await db().comment.findUnique({ where: { id: input.parentId }, select: { articleId: true, depth: true, status: true } });
  if (!parent) return { ok: false, message: "Комментарий не найден." };
  if (parent.depth >= MAX_THREAD_DEPTH) return { ok: false, message: "Ветка обсуждения уже максимальной глубины." };
  if (parent.status === "SPAM" || parent.status === "TRASH") return { ok: false, message: "Нельзя ответить на комментарий в спаме или корзине." };
  await db().$transaction(async (tx) => {
    if (parent.status === "PENDING") await tx.comment.update({ where: { id: input.parentId }, data: { status: "APPROVED" } });
    const reply = await tx.comment.create({
      data: {
        articleId: parent.articleId,
        parentId: input.parentId,
        depth: parent.depth + 1,
        authorName: staff.name,
        authorEmail: staff.email,
        userId: staff.id,
        content: input.content,
        contentHtml: formatCommentHtml(input.content),
        status: "APPROVED",
      },
    });
    if (parent.status === "PENDING") await noticeApprovedReply(tx, input.parentId);
    await noticeApprovedReply(tx, reply.id);
    await audit(staff.id, "comment.reply", `comment:${reply.id}`, { parentId: input.parentId }, tx);
  });
  return { ok: true, articleId: parent.articleId };
}

/** One word or phrase a line, as WordPress's discussion settings. */
export function parseKeys(text: string): string[] {
  return [
    ...new Set(
      text
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ].slice(0, 1000);
}

export function commentKeys(): Promise<ModerationKeys> {
  return readModerationKeys(db());
}

/** Saves the lists given; a list the form did not send stays as stored. Returns both as stored now. */
export async function saveCommentKeys(staff: Staff, given: Partial<ModerationKeys>): Promise<ModerationKeys> {
  return db().$transaction(async (tx) => {
    const keys = { ...(await readModerationKeys(tx)), ...given };
    for (const [key, value] of [
      [MODERATION_KEYS_SETTING, keys.moderation],
      [DISALLOWED_KEYS_SETTING, keys.disallowed],
    ] as const) {
      await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
    }
    await audit(staff.id, "settings.comment-keys", "comments", { moderation: keys.moderation.length, disallowed: keys.disallowed.length }, tx);
    return keys;
  });
}
