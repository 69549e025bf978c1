"use client";
import { useActionState } from "react";
import { IDLE } from "@/lib/actions/result";
import { deletePageAction } from "../actions";

export function DeletePageForm({ id, title }: { id: number; title: string }) {
  const [state, action, pending] = useActionState(deletePageAction, IDLE);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(`Удалить страницу «${title}»?`)) event.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="danger" disabled={pending}>
        Удалить страницу
      </button>
      {state.message && (
        <p role="alert" className="form-message">
          {state.message}
        </p>
      )}
    </form>
  );
}
