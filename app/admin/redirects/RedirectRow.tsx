"use client";
import { useActionState } from "react";
import { IDLE } from "@/lib/actions/result";
import { FieldError } from "../_components/FieldError";
import { deleteRedirectAction, updateRedirectAction } from "./actions";

type Props = { redirect: { from: string; shownTo: string; source: string; created: string }; index: number };

/** One redirect: its old address, its target editable in place, where it came from, and deletion. */
export function RedirectRow({ redirect, index }: Props) {
  const [updateState, update, updating] = useActionState(updateRedirectAction, IDLE);
  const [deleteState, remove, deleting] = useActionState(deleteRedirectAction, IDLE);
  if (deleteState.ok) return null;
  const errorId = `redirect-${index}-error`;
  const message = deleteState.message || (updateState.ok ? updateState.message : "");
  return (
    <tr>
      <td>
        <code>{redirect.from}</code>
      </td>
      <td>
        <form action={update} className="admin-filters">
          <input type="hidden" name="from" value={redirect.from} />
          <input type="text" name="to" defaultValue={redirect.shownTo} aria-label={`Новый адрес для ${redirect.from}`} aria-describedby={errorId} />
          <button type="submit" className="secondary" disabled={updating}>
            Сохранить
          </button>
        </form>
        <FieldError id={errorId} errors={updateState.fieldErrors?.to ?? (updateState.ok || !updateState.message ? undefined : [updateState.message])} />
        {message && (
          <p role="status" className="form-message">
            {message}
          </p>
        )}
      </td>
      <td>{redirect.source}</td>
      <td>{redirect.created}</td>
      <td>
        <form action={remove}>
          <input type="hidden" name="from" value={redirect.from} />
          <button type="submit" className="danger" disabled={deleting}>
            Удалить
          </button>
        </form>
      </td>
    </tr>
  );
}
