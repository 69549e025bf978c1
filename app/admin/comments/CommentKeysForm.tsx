"use client";
import { IDLE, type ActionResult } from "@/lib/actions/result";
import type { ModerationKeys } from "@/lib/comments/moderation";
import { useKeptForm } from "../_components/use-kept-form";
import { saveKeysAction } from "./actions";

/**
 * Both lists, saved together. After a save the textareas show what was stored (trimmed, without
 * repeats), remounted by `key`; a plain <form action> would reset them to the lists the page
 * was first rendered with, and the next save would send those stale lists back.
 */
export function CommentKeysForm({ moderation, disallowed }: ModerationKeys) {
  const [state, onSubmit, pending] = useKeptForm<ActionResult<{ keys: ModerationKeys }>>(saveKeysAction, IDLE);
  const shown = state.ok ? state.keys : { moderation, disallowed };
  const version = state.ok ? JSON.stringify(state.keys) : "initial";
  return (
    <form onSubmit={onSubmit} className="admin-form">
      <h2>Правила комментариев</h2>
      <label htmlFor="moderationKeys">Отправлять на проверку, если есть (по одному слову или фразе в строке)</label>
      <textarea key={`m-${version}`} id="moderationKeys" name="moderationKeys" rows={6} defaultValue={shown.moderation.join("\n")} />
      <label htmlFor="disallowedKeys">Сразу в спам, если есть</label>
      <textarea key={`d-${version}`} id="disallowedKeys" name="disallowedKeys" rows={6} defaultValue={shown.disallowed.join("\n")} />
      <p role="status" className={state.ok ? "form-message ok" : "form-message"}>
        {state.message}
      </p>
      <button type="submit" disabled={pending}>
        Сохранить списки
      </button>
    </form>
  );
}
