"use client";
import { IDLE } from "@/lib/actions/result";
import { useKeptForm } from "../_components/use-kept-form";
import { setBreakingAction } from "./actions";

/** «Снять» and «Продлить до» for one article in the ticker. */
export function BreakingRowForms({ articleId, untilLocal }: { articleId: number; untilLocal: string }) {
  const [state, onSubmit, pending] = useKeptForm(setBreakingAction, IDLE);
  return (
    <div className="breaking-row-forms">
      <form onSubmit={onSubmit} className="inline-form">
        <input type="hidden" name="articleId" value={articleId} />
        <input type="hidden" name="choice" value="until" />
        <label htmlFor={`until-${articleId}`}>Продлить до</label>
        <input id={`until-${articleId}`} name="until" type="datetime-local" defaultValue={untilLocal} />
        <button type="submit" className="secondary" disabled={pending}>
          Продлить
        </button>
      </form>
      <form onSubmit={onSubmit} className="inline-form">
        <input type="hidden" name="articleId" value={articleId} />
        <input type="hidden" name="choice" value="clear" />
        <button type="submit" className="secondary" disabled={pending}>
          Снять
        </button>
      </form>
      <p role="status" className={state.ok ? "form-message ok" : "form-message"}>
        {state.message}
      </p>
    </div>
  );
}
