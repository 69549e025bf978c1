"use client";

import { useActionState } from "react";
import { HONEYPOT_FIELD } from "@/lib/comments/bot-check";
import { initialCommentFormState } from "@/lib/comments/form-state";
import { NOTIFY_REPLIES_FIELD, type CommentField } from "@/lib/comments/input";
import { COMMENT_LIMITS } from "@/lib/comments/limits";
import { postComment } from "./actions";
import { replyHeading } from "@/lib/comments/reply-heading";

export type CommentFormProps = {
  articleId: number;
  token: string;
  replyTo: { id: number; authorName: string } | null;
  cancelReplyHref: string;
  defaults: { name: string; email: string; url: string; remember: boolean };
};

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return (
    <p className="field-error" id={id} aria-live="polite">
      {message}
    </p>
  );
}

/**
 * «ОСТАВЬТЕ ОТВЕТ». Rendered on the server only: without JavaScript it posts as a plain form,
 * and public/comments.js (loaded with it) submits it in place, shows the pending state and
 * moves it under the comment being answered.
 */
export function CommentForm({ articleId, token, replyTo, cancelReplyHref, defaults }: CommentFormProps) {
  const [state, formAction, pending] = useActionState(postComment, initialCommentFormState);
  const value = (field: CommentField, fallback: string) => (state.status === "invalid" || state.status === "refused" ? state.values[field] : fallback);
  const invalid = (field: CommentField) => (state.errors[field] ? true : undefined);
  const describedBy = (field: CommentField) => `${field}-error`;

  return (
    <div id="respond" className="comment-respond" data-comment-status={state.status} data-comment-id={state.commentId ?? undefined}>
      <h2 id="reply-title" className="block-title">
        {replyTo ? replyHeading(replyTo.authorName) : "Оставьте ответ"}{" "}
        <a id="cancel-comment-reply-link" href={cancelReplyHref} hidden={!replyTo} className="cancel-reply">
          Отменить ответ
        </a>
      </h2>
      <div className={`form-message form-message--${state.status}`} role={state.status === "invalid" || state.status === "refused" ? "alert" : "status"}>
        {state.message}
      </div>
      <form action={formAction} className="comment-form" id="commentform" noValidate aria-busy={pending || undefined}>
        <p className="comment-notes">Ваш адрес электронной почты не будет опубликован. Обязательные поля помечены *</p>
        <div className="field">
          <label htmlFor="comment">Комментарий *</label>
          <textarea
            id="comment"
            name="comment"
            rows={6}
            required
            maxLength={COMMENT_LIMITS.content}
            defaultValue={value("content", "")}
            aria-invalid={invalid("content")}
            aria-describedby={describedBy("content")}
            placeholder="Комментарий:"
          />
          <FieldError id={describedBy("content")} message={state.errors.content} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="author">Имя *</label>
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
            <label htmlFor="email">Электронная почта *</label>
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
            <label htmlFor="url">Веб-сайт</label>
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
          <label htmlFor="wp-comment-cookies-consent">Сохранить моё имя и email в этом браузере для последующих моих комментариев.</label>
        </div>
        <div className="field field--checkbox">
          <input id="notify-replies" name={NOTIFY_REPLIES_FIELD} type="checkbox" value="yes" aria-describedby="notify-replies-note" />
          <label htmlFor="notify-replies">Уведомлять об ответах</label>
        </div>
        <p id="notify-replies-note" className="comment-notes">
          Ответы придут на вашу почту. В первый раз мы пришлём письмо со ссылкой для подтверждения.
        </p>
        <div className="hp-field" aria-hidden="true">
          <label htmlFor={HONEYPOT_FIELD}>Оставьте это поле пустым</label>
          <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <input type="hidden" name="comment_post_ID" value={articleId} />
        <input type="hidden" name="comment_parent" id="comment_parent" value={replyTo?.id ?? 0} />
        <input type="hidden" name="token" value={token} />
        <p className="form-submit">
          <button type="submit" className="button" disabled={pending}>
            {pending ? "Отправка…" : "Отправить комментарий"}
          </button>
        </p>
      </form>
    </div>
  );
}
