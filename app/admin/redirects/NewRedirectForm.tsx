"use client";
import { useActionState } from "react";
import { IDLE } from "@/lib/actions/result";
import { FieldError } from "../_components/FieldError";
import { createRedirectAction } from "./actions";

export function NewRedirectForm() {
  const [state, action, pending] = useActionState(createRedirectAction, IDLE);
  const err = (f: string) => state.fieldErrors?.[f];
  return (
    <form action={action} className="admin-form" style={{ maxWidth: "40rem" }}>
      <h2>Новое перенаправление</h2>
      <label htmlFor="redirect-from">Старый адрес</label>
      <input id="redirect-from" name="from" type="text" placeholder="/2019/05/novost/" aria-describedby="redirect-from-error" />
      <FieldError id="redirect-from-error" errors={err("from")} />
      <label htmlFor="redirect-to">Новый адрес</label>
      <input id="redirect-to" name="to" type="text" placeholder="/novost или https://…" aria-describedby="redirect-to-error" />
      <FieldError id="redirect-to-error" errors={err("to")} />
      <p role="status" className={state.ok ? "form-message ok" : "form-message"}>
        {state.message}
      </p>
      <button type="submit" disabled={pending}>
        Добавить
      </button>
    </form>
  );
}
