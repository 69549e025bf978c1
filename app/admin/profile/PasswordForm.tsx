"use client";
import { useActionState } from "react";
import { FieldError } from "../_components/FieldError";
import { changePasswordAction } from "./actions";
import { IDLE } from "@/lib/actions/result";

export function PasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, IDLE);
  const err = (f: string) => state.fieldErrors?.[f];
  return (
    <form action={action} className="admin-form" style={{ maxWidth: "28rem" }}>
      <h2>Смена пароля</h2>
      <label htmlFor="currentPassword">Текущий пароль</label>
      <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" aria-describedby="currentPassword-error" />
      <FieldError id="currentPassword-error" errors={err("currentPassword")} />
      <label htmlFor="newPassword">Новый пароль</label>
      <input id="newPassword" name="newPassword" type="password" autoComplete="new-password" aria-describedby="newPassword-error" />
      <FieldError id="newPassword-error" errors={err("newPassword")} />
      <label htmlFor="confirmPassword">Новый пароль ещё раз</label>
      <input id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" aria-describedby="confirmPassword-error" />
      <FieldError id="confirmPassword-error" errors={err("confirmPassword")} />
      <p role="status" className={state.ok ? "form-message ok" : "form-message"}>
        {state.message}
      </p>
      <button type="submit" disabled={pending}>
        Сменить пароль
      </button>
    </form>
  );
}
