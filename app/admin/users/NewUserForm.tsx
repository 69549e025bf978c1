"use client";
import { useActionState } from "react";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { FieldError } from "../_components/FieldError";
import { createUserAction } from "./actions";
import { IDLE } from "@/lib/actions/result";

export function NewUserForm() {
  const [state, action, pending] = useActionState(createUserAction, IDLE);
  const err = (f: string) => state.fieldErrors?.[f];
  return (
    <form action={action} className="admin-form" style={{ maxWidth: "28rem" }}>
      <h2>Новый пользователь</h2>
      <label htmlFor="new-email">Email</label>
      <input id="new-email" name="email" type="email" />
      <FieldError id="new-email-error" errors={err("email")} />
      <label htmlFor="new-name">Имя</label>
      <input id="new-name" name="name" type="text" />
      <FieldError id="new-name-error" errors={err("name")} />
      <label htmlFor="new-role">Роль</label>
      <select id="new-role" name="role" defaultValue="AUTHOR">
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <label htmlFor="new-password">Пароль</label>
      <input id="new-password" name="password" type="password" autoComplete="new-password" />
      <FieldError id="new-password-error" errors={err("password")} />
      <p role="status" className={state.ok ? "form-message ok" : "form-message"}>
        {state.message}
      </p>
      <button type="submit" disabled={pending}>
        Создать
      </button>
    </form>
  );
}
