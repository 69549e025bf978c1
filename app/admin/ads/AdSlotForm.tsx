"use client";
import { useActionState } from "react";
import { FieldError } from "../_components/FieldError";
import { saveAdSlotAction } from "./actions";
import { AdImageField } from "./AdImageField";
import { IDLE } from "@/lib/actions/result";

const PLACEMENTS: [string, string][] = [
  ["ARTICLE_TOP", "Над статьёй"],
  ["ARTICLE_INLINE", "Внутри статьи"],
  ["ARTICLE_BOTTOM", "Под статьёй"],
  ["SIDEBAR", "Боковая колонка"],
];

type Slot = { id: number; name: string; placement: string; imageUrl: string; linkUrl: string; html: string; active: boolean; position: number };

export function AdSlotForm({ slot }: { slot: Slot | null }) {
  const [state, action, pending] = useActionState(saveAdSlotAction, IDLE);
  const err = (f: string) => state.fieldErrors?.[f];
  const p = `ad-${slot?.id ?? "new"}`;
  return (
    <form action={action} className="admin-form editor-side" style={{ marginBottom: "1rem" }}>
      {slot && <input type="hidden" name="id" value={slot.id} />}
      <label htmlFor={`${p}-name`}>Название</label>
      <input id={`${p}-name`} name="name" type="text" defaultValue={slot?.name} />
      <FieldError id={`${p}-name-error`} errors={err("name")} />
      <label htmlFor={`${p}-placement`}>Место</label>
      <select id={`${p}-placement`} name="placement" defaultValue={slot?.placement ?? "SIDEBAR"}>
        {PLACEMENTS.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
      <AdImageField id={`${p}-image`} defaultValue={slot?.imageUrl} errors={err("imageUrl")} />
      <label htmlFor={`${p}-link`}>Ссылка</label>
      <input id={`${p}-link`} name="linkUrl" type="text" defaultValue={slot?.linkUrl} />
      <FieldError id={`${p}-link-error`} errors={err("linkUrl")} />
      <label htmlFor={`${p}-html`}>HTML-код (вместо картинки; только администраторы)</label>
      <textarea id={`${p}-html`} name="html" rows={3} defaultValue={slot?.html} />
      <label htmlFor={`${p}-position`}>Порядок</label>
      <input id={`${p}-position`} name="position" type="number" min={0} defaultValue={slot?.position ?? 0} />
      <label>
        <input type="checkbox" name="active" defaultChecked={slot?.active ?? true} /> Включено
      </label>
      <p role="status" className={state.ok ? "form-message ok" : "form-message"}>
        {state.message}
      </p>
      <button type="submit" disabled={pending}>
        Сохранить
      </button>
    </form>
  );
}
