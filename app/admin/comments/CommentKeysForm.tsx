"use client";
import { useActionState } from "react";
import { saveKeysAction } from "./actions";
import { IDLE } from "@/lib/actions/result";

export function CommentKeysForm({ moderation, disallowed }: { moderation: string[]; disallowed: string[] }) {
  const [state, action, pending] = useActionState(saveKeysAction, IDLE);
  return (
    <form action={action} className="admin-form">
      <h2>Правила комментариев</h2>
      <label htmlFor="moderationKeys">Отправлять на проверку, если есть (по одному слову или фразе в строке)</label>
      <textarea id="moderationKeys" name="moderationKeys" rows={6} defaultValue={moderation.join("\n")} />
      <label htmlFor="disallowedKeys">Сразу в спам, если есть</label>
      <textarea id="disallowedKeys" name="disallowedKeys" rows={6} defaultValue={disallowed.join("\n")} />
      <p role="status" className={state.ok ? "form-message ok" : "form-message"}>
        {state.message}
      </p>
      <button type="submit" disabled={pending}>
        Сохранить списки
      </button>
    </form>
  );
}
