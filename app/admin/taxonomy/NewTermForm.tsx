"use client";
import { useActionState, useId } from "react";
import type { FormState } from "@/lib/admin/form";
import { FieldError } from "../_components/FieldError";

type Props = { label: string; action: (prev: FormState, formData: FormData) => Promise<FormState> };

/** "New category" / "new tag": one name field; the form clears after a success so the next can be typed. */
export function NewTermForm({ label, action }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const id = useId();
  return (
    <form action={formAction} className="admin-filters">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" name="name" aria-describedby={`${id}-error`} />
      <button type="submit" disabled={pending}>Создать</button>
      <FieldError id={`${id}-error`} errors={state.errors?.name} />
      {state.ok && <span role="status" className="form-message ok">{state.message}</span>}
    </form>
  );
}
