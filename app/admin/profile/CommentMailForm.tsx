"use client";
import { useActionState } from "react";
import { IDLE } from "@/lib/actions/result";
import type { CommentMailMode } from "@/lib/generated/prisma/enums";
import { commentMailAction } from "./actions";

type Props = { current: CommentMailMode; options: { value: CommentMailMode; label: string }[] };

/** A moderator's choice of mail about comments held for moderation. */
export function CommentMailForm({ current, options }: Props) {
  const [state, action, pending] = useActionState(commentMailAction, IDLE);
  return (
    <form action={action} className="admin-form" style={{ maxWidth: "28rem" }}>
      <h2>Уведомления о комментариях</h2>
      <fieldset>
        <legend>Письмо о комментарии, ожидающем проверки</legend>
        {options.map((option) => (
          <label key={option.value}>
            <input type="radio" name="commentMail" value={option.value} defaultChecked={option.value === current} /> {option.label}
          </label>
        ))}
      </fieldset>
      <p role="status" className={state.ok ? "form-message ok" : "form-message"}>
        {state.message}
      </p>
      <button type="submit" disabled={pending}>
        Сохранить
      </button>
    </form>
  );
}
