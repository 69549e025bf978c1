"use client";
import { useActionState } from "react";
import { FieldError } from "../_components/FieldError";
import { TimeZoneHint } from "../_components/TimeZoneHint";
import { saveAdSlotAction } from "./actions";
import { AdImageField } from "./AdImageField";
import { IDLE } from "@/lib/actions/result";
import { PLACEMENT_LABELS, PLACEMENTS } from "@/lib/ads/placements";

export type AdSlotFormValues = {
  id: number;
  name: string;
  placement: string;
  imageUrl: string;
  linkUrl: string;
  html: string;
  active: boolean;
  position: number;
  weight: number;
  afterNth: number;
  startsAt: string;
  endsAt: string;
  categoryIds: number[];
};

type Props = { slot: AdSlotFormValues | null; categories: { id: number; name: string }[]; canUseCode: boolean };

export function AdSlotForm({ slot, categories, canUseCode }: Props) {
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
        {PLACEMENTS.map((v) => (
          <option key={v} value={v}>
            {PLACEMENT_LABELS[v]}
          </option>
        ))}
      </select>
      <AdImageField id={`${p}-image`} defaultValue={slot?.imageUrl} errors={err("imageUrl")} />
      <label htmlFor={`${p}-link`}>Ссылка</label>
      <input id={`${p}-link`} name="linkUrl" type="text" defaultValue={slot?.linkUrl} />
      <FieldError id={`${p}-link-error`} errors={err("linkUrl")} />
      {canUseCode && (
        <>
          <label htmlFor={`${p}-html`}>Код рекламной сети или HTML (вместо картинки, &lt;script&gt; допускается)</label>
          <textarea id={`${p}-html`} name="html" rows={4} defaultValue={slot?.html} />
        </>
      )}
      <label htmlFor={`${p}-after`}>N: после абзаца N (в статье) или каждые N карточек (в ленте рубрики); 0 — по умолчанию</label>
      <input id={`${p}-after`} name="afterNth" type="number" min={0} max={50} defaultValue={slot?.afterNth ?? 0} />
      <label htmlFor={`${p}-starts`}>Показывать с</label>
      <input id={`${p}-starts`} name="startsAt" type="datetime-local" defaultValue={slot?.startsAt} aria-describedby={`${p}-starts-zone`} />
      <TimeZoneHint id={`${p}-starts-zone`} />
      <label htmlFor={`${p}-ends`}>Показывать до</label>
      <input id={`${p}-ends`} name="endsAt" type="datetime-local" defaultValue={slot?.endsAt} aria-describedby={`${p}-ends-zone`} />
      <TimeZoneHint id={`${p}-ends-zone`} />
      <FieldError id={`${p}-ends-error`} errors={err("endsAt")} />
      <label htmlFor={`${p}-categories`}>Только в рубриках (ничего не выбрано — везде)</label>
      <select id={`${p}-categories`} name="categoryIds" multiple defaultValue={(slot?.categoryIds ?? []).map(String)}>
        {categories.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${p}-weight`}>Вес при ротации (1–100)</label>
      <input id={`${p}-weight`} name="weight" type="number" min={1} max={100} defaultValue={slot?.weight ?? 1} />
      <FieldError id={`${p}-weight-error`} errors={err("weight")} />
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
