"use client";
import { useActionState } from "react";
import { endOtherSessionsAction, endSessionAction } from "./actions";
import { IDLE } from "@/lib/actions/result";

export function EndSessionForm({ sessionId }: { sessionId: string }) {
  const [state, action, pending] = useActionState(endSessionAction, IDLE);
  if (state.ok) return <span role="status">Завершён</span>;
  return (
    <form action={action}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <button type="submit" className="secondary" disabled={pending}>
        Завершить
      </button>
      {state.message && (
        <span role="status" className="form-message">
          {state.message}
        </span>
      )}
    </form>
  );
}

export function EndOtherSessionsForm() {
  const [state, action, pending] = useActionState(endOtherSessionsAction, IDLE);
  return (
    <form action={action} style={{ marginTop: "0.75rem" }}>
      <button type="submit" className="danger" disabled={pending}>
        Выйти на всех других устройствах
      </button>
      <p role="status" className={state.ok ? "form-message ok" : "form-message"}>
        {state.message}
      </p>
    </form>
  );
}
