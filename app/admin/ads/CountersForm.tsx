"use client";
import { useActionState } from "react";
import { FieldError } from "../_components/FieldError";
import { IDLE } from "@/lib/actions/result";
import { saveAdSettingsAction } from "./actions";

type Props = { headCode: string; bodyCode: string; extraOrigins: string[]; derived: { label: string; origins: string[] }[] };

/** «Код счётчиков» and the sources the reader pages' policy allows for ad and counter code. */
export function CountersForm({ headCode, bodyCode, extraOrigins, derived }: Props) {
  const [state, action, pending] = useActionState(saveAdSettingsAction, IDLE);
  return (
    <form action={action} className="admin-form">
      <label htmlFor="counters-head">Код счётчиков в &lt;head&gt; (Яндекс.Метрика, Google Analytics)</label>
      <textarea id="counters-head" name="headCode" rows={5} defaultValue={headCode} />
      <FieldError id="counters-head-error" errors={state.fieldErrors?.headCode} />
      <label htmlFor="counters-body">Код в конце страницы (LiveInternet, &lt;noscript&gt;)</label>
      <textarea id="counters-body" name="bodyCode" rows={4} defaultValue={bodyCode} />
      <FieldError id="counters-body-error" errors={state.fieldErrors?.bodyCode} />
      <p>Источники, найденные в коде рекламы и счётчиков (разрешаются политикой безопасности страниц):</p>
      <ul>
        {derived.map(({ label, origins }) => (
          <li key={label}>
            {label}: {origins.length > 0 ? origins.join(", ") : "—"}
          </li>
        ))}
      </ul>
      <label htmlFor="counters-origins">Дополнительные источники (https://…, по одному в строке): то, что код загружает сам</label>
      <textarea id="counters-origins" name="extraOrigins" rows={3} defaultValue={extraOrigins.join("\n")} />
      <FieldError id="counters-origins-error" errors={state.fieldErrors?.extraOrigins} />
      <p role="status" className={state.ok ? "form-message ok" : "form-message"}>
        {state.message}
      </p>
      <button type="submit" disabled={pending}>
        Сохранить код счётчиков
      </button>
    </form>
  );
}
