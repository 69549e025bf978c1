"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { invalidateAfterWrite } from "@/lib/edge/invalidate";
import { articleLanguage } from "@/lib/comments/article-language";
import { botReason, HONEYPOT_FIELD } from "@/lib/comments/bot-check";
import { COMMENTER_COOKIE, commenterCookieOptions, decodeCommenter, encodeCommenter, isWorthKeeping } from "@/lib/comments/commenter-cookie";
import { EMPTY_VALUES, type CommentFormState } from "@/lib/comments/form-state";
import { formAgeMs } from "@/lib/comments/form-token";
import { checkViewToken } from "@/lib/comments/view-token";
import { fieldErrors, formValues, parseCommentForm } from "@/lib/comments/input";
import { submitReaderComment } from "@/lib/comments/submit";
import { inEdition } from "@/lib/editions/editions";
import { messagesFor } from "@/lib/i18n/messages";
import { getEditions } from "@/lib/editions/reads";
import { env } from "@/lib/env";
import { logger } from "@/lib/ops/logger";
import { countCommentPost } from "@/lib/ops/metric-events";
import { paths } from "@/lib/paths";
import { appSecret } from "@/lib/security/app-secret";
import { CLIENT_IP_HEADER, clientAddressFromHeader } from "@/lib/security/client-address";
import { concurrencyLimit } from "@/lib/util/concurrency-limit";

const YEAR = 365 * 24 * 3600;
/** Fewer than the connection pool, so a burst of posts queues here instead of failing there. */
const submissions = ((globalThis as typeof globalThis & { __vestnikCommentSlots?: ReturnType<typeof concurrencyLimit> }).__vestnikCommentSlots ??=
  concurrencyLimit(6));
const HELD_DAYS = 30 * 24 * 3600;

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * Anyone may comment: there is no session to check, so every input is. The comment is
 * committed before the answer; without JavaScript the answer is a redirect to it (so a reload
 * cannot post twice), with the form's script (js=1) it is the new state. Answers speak the
 * article's language.
 */
export async function postComment(_previous: CommentFormState, submitted: FormData): Promise<CommentFormState> {
  // Callable by anyone with any arguments (a server action is an endpoint): no form, no fields.
  const form = submitted instanceof FormData ? submitted : new FormData();
  const values = formValues(form);
  const language = await submissions(() => articleLanguage(field(form, "comment_post_ID")));
  const t = messagesFor(language).comments;
  const parsed = parseCommentForm(form, language);
  if (!parsed.success) {
    countCommentPost("invalid");
    return { status: "invalid", message: t.notices.invalid, errors: fieldErrors(parsed.error), values, commentId: null };
  }

  const requestHeaders = await headers();
  const secret = appSecret();
  const now = new Date();
  const viewToken = field(form, "view_token");
  const context = {
    ip: clientAddressFromHeader(requestHeaders.get(CLIENT_IP_HEADER)),
    userAgent: requestHeaders.get("user-agent") ?? "",
    now,
    botReason: botReason({
      honeypot: field(form, HONEYPOT_FIELD),
      view: viewToken === "" ? null : checkViewToken(viewToken, parsed.data.articleId, now.getTime(), secret),
      formAgeMs: formAgeMs(field(form, "token"), parsed.data.articleId, now.getTime(), secret),
    }),
  };
  let result: Awaited<ReturnType<typeof submitReaderComment>>;
  try {
    result = await submissions(() => submitReaderComment(parsed.data, context));
  } catch (error) {
    // The transaction rolled back: nothing was stored, and the reader keeps what they typed.
    logger().error({ err: error }, "Storing a comment failed");
    countCommentPost("failed");
    return {
      status: "refused",
      message: t.notices.serverError,
      errors: {},
      values,
      commentId: null,
    };
  }
  countCommentPost(result.ok ? (result.value.status === "APPROVED" ? "published" : "held") : "refused");
  if (!result.ok) return { status: "refused", message: t.refused[result.error.code], errors: {}, values, commentId: null };

  const comment = result.value;
  const jar = await cookies();
  const previous = decodeCommenter(jar.get(COMMENTER_COOKIE)?.value, secret);
  const remember = form.get("wp-comment-cookies-consent") === "yes";
  const commenter = {
    name: remember ? parsed.data.authorName : "",
    email: remember ? parsed.data.authorEmail : "",
    url: remember ? parsed.data.authorUrl : "",
    remember,
    held: [...(previous?.held ?? []), ...(comment.status === "APPROVED" ? [] : [comment.id])],
  };
  if (isWorthKeeping(commenter)) {
    jar.set(COMMENTER_COOKIE, encodeCommenter(commenter, secret), commenterCookieOptions(remember ? YEAR : HELD_DAYS, env().SITE_URL));
  } else {
    jar.delete(COMMENTER_COOKIE);
  }
  if (comment.status === "APPROVED") await invalidateAfterWrite({ t: "Comment", ids: [comment.articleId] });

  if (field(form, "js") !== "1") redirect(`${inEdition(paths.article(comment.articleSlug), language, await getEditions())}#comment-${comment.id}`);
  return comment.status === "APPROVED"
    ? { status: "published", message: t.notices.published, errors: {}, values: EMPTY_VALUES, commentId: comment.id }
    : { status: "held", message: t.notices.held, errors: {}, values: EMPTY_VALUES, commentId: comment.id };
}
