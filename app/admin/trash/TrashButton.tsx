"use client";
import { useActionState } from "react";
import { IDLE, type ActionResult } from "@/lib/actions/result";

type Props = {
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  id: number;
  label: string;
  /** Names the item for screen readers when several buttons share a label. */
  subject?: string;
  className?: string;
};

/** One button acting on one article or page («В корзину», «Восстановить», «Удалить навсегда»); a refusal shows beside it. */
export function TrashButton({ action, id, label, subject, className = "secondary" }: Props) {
  const [state, run, pending] = useActionState(action, IDLE);
  return (
    <form action={run} className="trash-button">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className={className} disabled={pending} aria-label={subject ? `${label}: ${subject}` : undefined}>
        {label}
      </button>
      {!state.ok && state.message && (
        <span role="alert" className="form-message">
          {state.message}
        </span>
      )}
    </form>
  );
}
