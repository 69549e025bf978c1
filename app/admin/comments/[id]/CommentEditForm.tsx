"use client";
import { useActionState } from "react";
import { FieldError } from "../../_components/FieldError";
import { editCommentAction } from "../actions";
import { IDLE } from "@/lib/actions/result";

type Props = { comment: { id: number; authorName: string; authorEmail: string; authorUrl: string; content: string } };

export function CommentEditForm({ comment }: Props) {
  const [state, action, pending] = useActionState(editCommentAction, IDLE);
  const err = (f: string) => state.fieldErrors?.[f];
  return (
    <form action={action} className="admin-form">
      <input type="hidden" name="id" value={comment.id} />
      <label htmlFor="authorName">Имя</label>
      <input id="authorName" name="authorName" type="text" defaultValue={comment.authorName} />
      <FieldError id="authorName-error" errors={err("authorName")} />
      <label htmlFor="authorEmail">Email</label>
      <input id="authorEmail" name="authorEmail" type="email" defaultValue={comment.authorEmail} />
      <FieldError id="authorEmail-error" errors={err("authorEmail")} />
      <label htmlFor="authorUrl">Сайт</label>
      <input id="authorUrl" name="authorUrl" type="text" defaultValue={comment.authorUrl} />
      <FieldError id="authorUrl-error" errors={err("authorUrl")} />
      <label htmlFor="content">Комментарий</label>
      <textarea id="content" name="content" rows={8} defaultValue={comment.content} />
      <FieldError id="content-error" errors={err("content")} />
      <p role="status" className={state.ok ? "form-message ok" : "form-message"}>
        {state.message}
      </p>
      <button type="submit" disabled={pending}>
        Сохранить
      </button>
    </form>
  );
}
