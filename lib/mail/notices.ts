import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { appSecret } from "@/lib/security/app-secret";
import { confirmToken, mailLinks, unsubscribeToken } from "./links";
import { enqueueMail } from "./outbox";
import { staffIn } from "./recipients";
import { heldCommentMail, replyConfirmMail, replyMail, reviewMail } from "./templates";

type Tx = Prisma.TransactionClient;

/** A confirmation mail goes to one address at most this often, however many comments ask. */
const CONFIRM_RESEND_MS = 24 * 3600_000;

/** Tells the moderators (`moderatorRoles`) who want it at once that a comment is held. */
export async function noticeHeldComment(tx: Tx, commentId: number, moderatorRoles: readonly Role[]): Promise<void> {
  const comment = await tx.comment.findUnique({
    where: { id: commentId },
    select: { id: true, status: true, authorName: true, authorEmail: true, content: true, article: { select: { title: true, slug: true } } },
  });
  if (comment?.status !== "PENDING") return;
  const moderators = await tx.user.findMany({ where: staffIn(moderatorRoles, { commentMail: "IMMEDIATE" }), select: { id: true, email: true } });
  await enqueueMail(
    tx,
    moderators.map((m) => ({ ...heldCommentMail(m.email, comment), dedupeKey: `held:${comment.id}:${m.id}` })),
  );
}

/** Tells the editors (`editorRoles`) that an article was sent for review; whoever sent it is not told. */
export async function noticeArticleForReview(
  tx: Tx,
  article: { id: number; title: string },
  submitter: { id: number; name: string },
  editorRoles: readonly Role[],
): Promise<void> {
  const editors = await tx.user.findMany({ where: staffIn(editorRoles, { id: { not: submitter.id } }), select: { email: true } });
  await enqueueMail(
    tx,
    editors.map((e) => reviewMail(e.email, article, submitter.name)),
  );
}

/**
 * A reader ticked «Уведомлять об ответах»: unless the address is confirmed already, it is sent
 * a link to confirm (double opt-in), at most once a day.
 */
export async function requestReplyNotices(tx: Tx, email: string, now: Date): Promise<void> {
  const subscriber = await tx.replySubscriber.findUnique({ where: { email } });
  if (subscriber?.confirmedAt && !subscriber.unsubscribedAt) return;
  if (subscriber?.confirmationSentAt && now.getTime() - subscriber.confirmationSentAt.getTime() < CONFIRM_RESEND_MS) return;
  await tx.replySubscriber.upsert({ where: { email }, create: { email, confirmationSentAt: now }, update: { confirmationSentAt: now } });
  await enqueueMail(tx, [replyConfirmMail(email, mailLinks.confirm(confirmToken(email, now.getTime(), appSecret())))]);
}

/**
 * An approved reply: mailed once to the author of the comment answered, when they asked for
 * replies and their address is confirmed and not unsubscribed. Not to someone answering themselves.
 */
export async function noticeApprovedReply(tx: Tx, commentId: number): Promise<void> {
  const reply = await tx.comment.findUnique({
    where: { id: commentId },
    select: {
      id: true,
      status: true,
      authorName: true,
      authorEmail: true,
      content: true,
      article: { select: { title: true, slug: true } },
      parent: { select: { authorEmail: true, content: true, notifyReplies: true } },
    },
  });
  const parent = reply?.parent;
  if (!reply || reply.status !== "APPROVED" || !parent?.notifyReplies || parent.authorEmail === reply.authorEmail.toLowerCase()) return;
  const subscriber = await tx.replySubscriber.findUnique({ where: { email: parent.authorEmail } });
  if (!subscriber?.confirmedAt || subscriber.unsubscribedAt) return;
  const unsubscribeUrl = mailLinks.unsubscribe(unsubscribeToken(parent.authorEmail, appSecret()));
  await enqueueMail(tx, [{ ...replyMail(parent.authorEmail, { ...reply, parentContent: parent.content }, unsubscribeUrl), dedupeKey: `reply:${reply.id}` }]);
}
