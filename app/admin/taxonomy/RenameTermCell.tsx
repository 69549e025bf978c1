"use client";
import type { ActionResult } from "@/lib/actions/result";
import { FieldError } from "../_components/FieldError";

type Props = { term: { id: number; name: string }; label: string; errorId: string; action: (formData: FormData) => void; state: ActionResult };

/** The name cell of a category or tag row: the name, editable in place. */
export function RenameTermCell({ term, label, errorId, action, state }: Props) {
  return (
    <td>
      <form action={action} className="admin-filters">
        <input type="hidden" name="id" value={term.id} />
        <input type="text" name="name" defaultValue={term.name} aria-label={label} aria-describedby={errorId} />
        <button type="submit" className="secondary">
          Переименовать
        </button>
      </form>
      <FieldError id={errorId} errors={state.fieldErrors?.name} />
    </td>
  );
}
