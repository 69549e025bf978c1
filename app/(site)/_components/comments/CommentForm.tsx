"use client";

import { useActionState } from "react";
import { HONEYPOT_FIELD } from "@/lib/comments/bot-check";
import { initialCommentFormState } from "@/lib/comments/form-state";
import { NOTIFY_REPLIES_FIELD, type CommentField } from "@/lib/comments/input";
import { COMMENT_LIMITS } from "@/lib/comments/limits";
import type { Messages } from "@/lib/i18n/messages";
import { postComment } from "./actions";
import { replyHeading } from "@/lib/comments/reply-heading";

export type CommentFormProps = {
  articleId: number;
  token: string;
  replyTo: { id: number; authorName: string } | null;
  cancelReplyHref: string;
  defaults: { name: string; email: string; url: string; remember: boolean };
  /** The form's words in the article's language (the server parent's edition). */
  t: Messages["comments"];
};

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return (
    <p className="field-error" id={id} aria-live="polite">
      {message}
    </p>
  );
}

/**
 * «ОСТАВЬТЕ ОТВЕТ» («ЖАУАП ҚАЛДЫРЫҢЫЗ»). Rendered on the server only: without JavaScript it posts
 * as a plain form, and public/comments.js (loaded with it) submits it in place, shows the pending
 * state and moves it under the comment being answered, with the words it carries in data-*.
 */
export function CommentForm({ articleId, token, replyTo, cancelReplyHref, defaults, t }: CommentFormProps) {
  const [state, formAction, pending] = useActionState(postComment, initialCommentFormState);
  const value = (field: CommentField, fallback: string) => (state.status === "invalid" || state.status === "refused" ? state.values[field] : fallback);
  const invalid = (field: CommentField) => (state.errors[field] ? true : undefined);
  const describedBy = (field: CommentField) => `${field}-error`;

  return (
    <div
      id="respond"
      className="comment-respond"
      data-comment-status={state.status}
      data-comment-id={state.commentId ?? undefined}
      data-reply-heading={t.replyHeading}
      data-leave-reply={t.leaveReply}
      data-sending={t.sending}
      data-sending-comment={t.sendingComment}
      data-send-failed={t.sendFailed}
    >
      <h2 id="reply-title" className="block-title">
        {replyTo ? replyHeading(t.replyHeading, replyTo.authorName) : t.leaveReply}{" "}
        <a id="cancel-comment-reply-link" href={cancelReplyHref} hidden={!replyTo} className="cancel-reply">
          {t.cancelReply}
        </a>
      </h2>
      <div className={`form-message form-message--${state.status}`} role={state.status === "invalid" || state.status === "refused" ? "alert" : "status"}>
        {state.message}
      </div>
      <form action={formAction} className="comment-form" id="commentform" noValidate aria-busy={pending || undefined}>
        <p className="comment-notes">{t.notes}</p>
        <div className="field">
          <label htmlFor="comment">{t.commentLabel}</label>
          <textarea
            id="comment"
            name="comment"
            rows={6}
            required
            maxLength={COMMENT_LIMITS.content}
            defaultValue={value("content", "")}
            aria-invalid={invalid("content")}
            aria-describedby={describedBy("content")}
            placeholder={t.commentPlaceholder}
          />
          <FieldError id={describedBy("content")} message={state.errors.content} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="author">{t.nameLabel}</label>
            <input
              id="author"
              name="author"
              type="text"
              autoComplete="name"
              required
              maxLength={COMMENT_LIMITS.authorName}
              defaultValue={value("authorName", defaults.name)}
              aria-invalid={invalid("authorName")}
              aria-describedby={describedBy("authorName")}
            />
            <FieldError id={describedBy("authorName")} message={state.errors.authorName} />
          </div>
          <div className="field">
            <label htmlFor="email">{t.emailLabel}</label>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="email"
              required
              maxLength={COMMENT_LIMITS.authorEmail}
              defaultValue={value("authorEmail", defaults.email)}
              aria-invalid={invalid("authorEmail")}
              aria-describedby={describedBy("authorEmail")}
            />
            <FieldError id={describedBy("authorEmail")} message={state.errors.authorEmail} />
          </div>
          <div className="field">
            <label htmlFor="url">{t.urlLabel}</label>
            <input
              id="url"
              name="url"
              type="url"
              autoComplete="url"
              maxLength={COMMENT_LIMITS.authorUrl}
              defaultValue={value("authorUrl", defaults.url)}
              aria-invalid={invalid("authorUrl")}
              aria-describedby={describedBy("authorUrl")}
            />
            <FieldError id={describedBy("authorUrl")} message={state.errors.authorUrl} />
          </div>
        </div>
        <div className="field field--checkbox">
          <input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" defaultChecked={defaults.remember} />
          <label htmlFor="wp-comment-cookies-consent">{t.remember}</label>
        </div>
        <div className="field field--checkbox">
          <input id="notify-replies" name={NOTIFY_REPLIES_FIELD} type="checkbox" value="yes" aria-describedby="notify-replies-note" />
          <label htmlFor="notify-replies">{t.notifyReplies}</label>
        </div>
        <p id="notify-replies-note" className="comment-notes">
          {t.notifyNote}
        </p>
        <div className="hp-field" aria-hidden="true">
          <label htmlFor={HONEYPOT_FIELD}>{t.honeypot}</label>
          <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <input type="hidden" name="comment_post_ID" value={articleId} />
        <input type="hidden" name="comment_parent" id="comment_parent" value={replyTo?.id ?? 0} />
        <input type="hidden" name="token" value={token} />
        <p className="form-submit">
          <button type="submit" className="button" disabled={pending}>
            {pending ? t.sending : t.submit}
          </button>
        </p>
      </form>
    </div>
  );
}
