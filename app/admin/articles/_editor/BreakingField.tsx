"use client";
import { useActionState, useState, useTransition, type FormEvent } from "react";
import { IDLE, type ActionResult } from "@/lib/actions/result";
import { setBreakingAction, type BreakingSaved } from "../../breaking/actions";

type Props = { articleId: number; initialUntil: string };

/**
 * «Срочно до»: saved at once, apart from the article (the ticker changes within a second). It sits
 * inside the article form, so it submits by hand and its input has no name the article form sends.
 */
export function BreakingField({ articleId, initialUntil }: Props) {
  const [state, dispatch] = useActionState<ActionResult<BreakingSaved>, FormData>(setBreakingAction, IDLE);
  const [pending, startTransition] = useTransition();
  const [until, setUntil] = useState(initialUntil);
  const [handled, setHandled] = useState(state);
  if (handled !== state) {
    setHandled(state);
    if (state.ok) setUntil(state.untilLocal);
  }
  const send = (choice: string) => {
    const data = new FormData();
    data.set("articleId", String(articleId));
    data.set("choice", choice);
    data.set("until", until);
    startTransition(() => dispatch(data));
  };
  // Typing here is not an unsaved change of the article.
  const keepFromArticle = (event: FormEvent) => event.stopPropagation();
  return (
    <fieldset className="breaking-field" data-testid="breaking-field" onInput={keepFromArticle}>
      <legend>«Срочно»</legend>
      <label htmlFor="breakingUntil">Срочно до</label>
      <input id="breakingUntil" type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} aria-describedby="breaking-hint" />
      <small id="breaking-hint">время Алматы</small>
      <div className="breaking-choices">
        <button type="button" className="secondary" disabled={pending} onClick={() => send("1h")}>
          1 ч
        </button>
        <button type="button" className="secondary" disabled={pending} onClick={() => send("3h")}>
          3 ч
        </button>
        <button type="button" className="secondary" disabled={pending} onClick={() => send("end-of-day")}>
          до конца дня
        </button>
        <button type="button" className="secondary" disabled={pending || !until} onClick={() => send("until")}>
          Сохранить срок
        </button>
        {until && (
          <button type="button" className="secondary" disabled={pending} onClick={() => send("clear")}>
            Убрать из «Срочно»
          </button>
        )}
      </div>
      <p role="status" className={state.ok ? "form-message ok" : "form-message"}>
        {pending ? "Сохранение…" : state.message}
      </p>
    </fieldset>
  );
}
