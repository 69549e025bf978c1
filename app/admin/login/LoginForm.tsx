"use client";
import { useActionState, useState } from "react";
import { IDLE } from "@/lib/actions/result";
import { FieldError } from "../_components/FieldError";
import { logIn } from "./actions";

export function LoginForm() {
  const [state, action, pending] = useActionState(logIn, IDLE);
  // Controlled, so that the address survives the form reset after a refused attempt.
  const [email, setEmail] = useState("");
  return (
    <form action={action} className="admin-form" noValidate>
      <label htmlFor="email">Email</label>
      <input
        id="email"
        name="email"
        type="email"
        autoComplete="username"
        aria-describedby="email-error"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <FieldError id="email-error" errors={state.fieldErrors?.email} />
      <label htmlFor="password">Пароль</label>
      <input id="password" name="password" type="password" autoComplete="current-password" aria-describedby="password-error" required />
      <FieldError id="password-error" errors={state.fieldErrors?.password} />
      <p role="alert" className="form-message">
        {state.message}
      </p>
      <button type="submit" disabled={pending}>
        {pending ? "Вход…" : "Войти"}
      </button>
    </form>
  );
}
