import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { visibleToReaders } from "@/lib/articles/visibility";
import { db } from "@/lib/db";
import { CAPABILITIES } from "@/lib/auth/roles";
import { noticeApprovedReply, noticeHeldComment, requestReplyNotices } from "@/lib/mail/notices";
import { err, ok, type Result } from "@/lib/result";
import { formatCommentHtml } from "./format";
import type { CommentInput } from "./input";
import { FLOOD_INTERVAL_MS, MAX_THREAD_DEPTH } from "./limits";
import { judgeComment } from "./moderation";
import { readModerationKeys } from "./settings";

export type SubmitContext = { ip: string; userAgent: string; now: Date; botReason: string | null };

export type SubmittedComment = { id: number; status: "APPROVED" | "PENDING" | "SPAM"; articleId: number; articleSlug: string };

/** Why a comment was refused; the reader's words for each are `comments.refused` in lib/i18n/messages. */
export type SubmitError = {
  code: "article_not_found" | "parent_not_approved" | "too_deep" | "duplicate" | "flood";
};

const fail = (code: SubmitError["code"]) => err<SubmitError>({ code });

/**
 * Files a reader's comment under WordPress's rules, in one transaction that is committed before
 * the caller answers. Posts from one IP address or email are serialized with advisory locks, so
 * the flood and duplicate checks hold across every process that shares the database.
 */
export async function submitComment(prisma: PrismaClient, input: CommentInput, context: SubmitContext): Promise<Result<SubmittedComment, SubmitError>> {
  const email = input.authorEmail.toLowerCase();
  return prisma.$transaction(
    async (tx) => {
      const article = await tx.article.findFirst({
        where: { id: input.articleId, ...visibleToReaders(undefined, context.now) },
        select: { id: true, slug: true },
      });
      if (!article) return fail("article_not_found");

      let depth = 1;
      if (input.parentId !== null) {
        const parent = await tx.comment.findFirst({ where: { id: input.parentId, articleId: article.id }, select: { status: true, depth: true } });
        if (!parent || parent.status !== "APPROVED") return fail("parent_not_approved");
        if (parent.depth >= MAX_THREAD_DEPTH) return fail("too_deep");
        depth = parent.depth + 1;
      }

      for (const key of [`comment-email:${email}`, `comment-ip:${context.ip}`].sort()) {
        await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${key}))) AS l`;
      }

      const duplicate = await tx.comment.findFirst({
        where: {
          articleId: article.id,
          parentId: input.parentId,
          content: input.content,
          status: { not: "TRASH" },
          OR: [{ authorEmail: email }, { authorName: input.authorName }],
        },
        select: { id: true },
      });
      if (duplicate) return fail("duplicate");

      const recent = await tx.comment.findFirst({
        where: { createdAt: { gt: new Date(context.now.getTime() - FLOOD_INTERVAL_MS) }, OR: [{ authorIp: context.ip }, { authorEmail: email }] },
        select: { id: true },
      });
      if (recent) return fail("flood");

      const facts = {
        authorName: input.authorName,
        authorEmail: email,
        authorUrl: input.authorUrl,
        content: input.content,
        ip: context.ip,
        userAgent: context.userAgent,
      };
      const verdict = context.botReason
        ? ({ status: "SPAM", reason: context.botReason } as const)
        : judgeComment(facts, await readModerationKeys(tx), await isKnownCommenter(tx, email, input.authorName));

      const comment = await tx.comment.create({
        data: {
          articleId: article.id,
          parentId: input.parentId,
          depth,
          authorName: input.authorName,
          authorEmail: email,
          authorUrl: input.authorUrl,
          authorIp: context.ip,
          userAgent: context.userAgent.slice(0, 500),
          content: input.content,
          contentHtml: formatCommentHtml(input.content),
          status: verdict.status,
          createdAt: context.now,
          notifyReplies: input.notifyReplies ?? false,
        },
        select: { id: true, status: true },
      });
      if (verdict.status === "PENDING") await noticeHeldComment(tx, comment.id, CAPABILITIES["comments.moderate"]);
      if (verdict.status === "APPROVED" && input.parentId !== null) await noticeApprovedReply(tx, comment.id);
      // A bot's post must not make the site mail whatever address it typed.
      if (input.notifyReplies && verdict.status !== "SPAM") await requestReplyNotices(tx, email, context.now);
      return ok({ id: comment.id, status: verdict.status, articleId: article.id, articleSlug: article.slug });
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}

/**
 * WordPress's rule: a reader is known when a comment of theirs with the same name and email was
 * approved before. Staff replies are stored approved under staff emails, so an anonymous comment
 * using a staff account's email is never published at once, whatever the name.
 */
async function isKnownCommenter(tx: Prisma.TransactionClient, email: string, name: string): Promise<boolean> {
  const [approved, staff] = await Promise.all([
    tx.comment.count({ where: { authorEmail: email, authorName: name, userId: null, status: "APPROVED" } }),
    tx.user.count({ where: { email } }),
  ]);
  return approved > 0 && staff === 0;
}

/** A reader's comment from the site's form, into the site's database. */
export function submitReaderComment(input: CommentInput, context: SubmitContext): Promise<Result<SubmittedComment, SubmitError>> {
  return submitComment(db(), input, context);
}
