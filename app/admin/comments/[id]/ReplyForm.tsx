"use client";
import { useActionState } from "react";
import { FieldError } from "../../_components/FieldError";
import { replyAction } from "../actions";
import { IDLE } from "@/lib/actions/result";

export function ReplyForm({ parentId }: { parentId: number }) {
  const [state, action, pending] = useActionState(replyAction, IDLE);
  return (
    <form action={action} className="admin-form">
      <h2>Ответить от имени редакции</h2>
      <input type="hidden" name="parentId" value={parentId} />
      <label htmlFor="reply">Ответ</label>
      <textarea id="reply" name="content" rows={5} />
      <FieldError id="reply-error" errors={state.fieldErrors?.content} />
      <p role="status" className={state.ok ? "form-message ok" : "form-message"}>
        {state.message}
      </p>
      <button type="submit" disabled={pending}>
        Ответить
      </button>
    </form>
  );
}
