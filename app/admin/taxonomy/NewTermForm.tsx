"use client";
import { useActionState, useId } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { FieldError } from "../_components/FieldError";
import { IDLE } from "@/lib/actions/result";

type Props = { label: string; action: (prev: ActionResult, formData: FormData) => Promise<ActionResult> };

/** "New category" / "new tag": one name field; the form clears after a success so the next can be typed. */
export function NewTermForm({ label, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const id = useId();
  return (
    <form action={formAction} className="admin-filters">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" name="name" aria-describedby={`${id}-error`} />
      <button type="submit" disabled={pending}>
        Создать
      </button>
      <FieldError id={`${id}-error`} errors={state.fieldErrors?.name} />
      {state.ok && (
        <span role="status" className="form-message ok">
          {state.message}
        </span>
      )}
    </form>
  );
}
