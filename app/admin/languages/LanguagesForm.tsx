"use client";
import { IDLE } from "@/lib/actions/result";
import type { Editions } from "@/lib/editions/editions";
import { LANGUAGE_NAMES, LANGUAGES } from "@/lib/i18n/languages";
import { FieldError } from "../_components/FieldError";
import { useKeptForm } from "../_components/use-kept-form";
import { saveEditionsAction } from "./actions";

export function LanguagesForm({ editions }: { editions: Editions }) {
  const [state, submit, pending] = useKeptForm(saveEditionsAction, IDLE);
  const err = (field: string) => state.fieldErrors?.[field];
  return (
    <form onSubmit={submit} className="admin-form" noValidate>
      <fieldset aria-describedby="enabled-error">
        <legend>Языки, на которых выходит сайт</legend>
        {LANGUAGES.map((language) => (
          <label key={language}>
            <input type="checkbox" name="enabled" value={language} defaultChecked={editions.enabled.includes(language)} /> {LANGUAGE_NAMES[language]}
          </label>
        ))}
        <FieldError id="enabled-error" errors={err("enabled")} />
      </fieldset>
      <fieldset aria-describedby="default-error">
        <legend>Основной язык (его адреса без приставки, остальные — с /kk/ или /ru/)</legend>
        {LANGUAGES.map((language) => (
          <label key={language}>
            <input type="radio" name="default" value={language} defaultChecked={editions.default === language} /> {LANGUAGE_NAMES[language]}
          </label>
        ))}
        <FieldError id="default-error" errors={err("default")} />
      </fieldset>
      <p role="status" className={state.ok ? "form-message ok" : "form-message"}>
        {pending ? "Сохранение…" : state.message}
      </p>
      <button type="submit" disabled={pending}>
        Сохранить
      </button>
    </form>
  );
}
