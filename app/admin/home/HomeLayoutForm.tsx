"use client";
import { useActionState } from "react";
import { FieldError } from "../_components/FieldError";
import { IDLE } from "@/lib/actions/result";
import type { HomeLayout } from "@/lib/home/layout";
import { saveHomeLayoutAction } from "./actions";

type Props = {
  layout: HomeLayout;
  categories: { id: number; name: string }[];
  candidates: { id: number; title: string }[];
};

export function HomeLayoutForm({ layout, categories, candidates }: Props) {
  const [state, action, pending] = useActionState(saveHomeLayoutAction, IDLE);
  const shown = layout.blocks ?? categories.map((c) => ({ categoryId: c.id, count: 4 }));
  const pinned = (slot: number) => layout.lead.pinnedIds[slot] ?? "";
  return (
    <form action={action} className="admin-form">
      <fieldset>
        <legend>Главный блок</legend>
        <label htmlFor="home-lead-kind">Вид</label>
        <select id="home-lead-kind" name="leadKind" defaultValue={layout.lead.kind}>
          <option value="single">Один материал</option>
          <option value="grid">Сетка из 3–5 материалов</option>
        </select>
        <label htmlFor="home-lead-size">Материалов в сетке</label>
        <input id="home-lead-size" name="leadSize" type="number" min={3} max={5} defaultValue={Math.max(3, layout.lead.size)} />
        <FieldError id="home-lead-size-error" errors={state.fieldErrors?.leadSize} />
        <label htmlFor="home-lead-source">Источник</label>
        <select id="home-lead-source" name="leadSource" defaultValue={layout.lead.source}>
          <option value="latest">Последние материалы</option>
          <option value="pinned">Закреплённые материалы</option>
        </select>
        {[0, 1, 2, 3, 4].map((slot) => (
          <div key={slot}>
            <label htmlFor={`home-pinned-${slot}`}>Закреплённый материал {slot + 1}</label>
            <select id={`home-pinned-${slot}`} name="pinned" defaultValue={pinned(slot)}>
              <option value="">—</option>
              {candidates.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
          </div>
        ))}
        <FieldError id="home-pinned-error" errors={state.fieldErrors?.pinned} />
      </fieldset>
      <fieldset>
        <legend>Блоки рубрик</legend>
        {categories.map((c) => {
          const index = shown.findIndex((b) => b.categoryId === c.id);
          return (
            <div key={c.id} className="admin-filters">
              <label>
                <input type="checkbox" name="block" value={c.id} defaultChecked={index !== -1} /> {c.name}
              </label>
              <label htmlFor={`home-order-${c.id}`}>Порядок</label>
              <input id={`home-order-${c.id}`} name={`order-${c.id}`} type="number" min={0} defaultValue={index === -1 ? shown.length : index} />
              <label htmlFor={`home-count-${c.id}`}>Карточек</label>
              <input id={`home-count-${c.id}`} name={`count-${c.id}`} type="number" min={1} max={12} defaultValue={shown[index]?.count ?? 4} />
            </div>
          );
        })}
      </fieldset>
      <label>
        <input type="checkbox" name="latestThumbnails" defaultChecked={layout.latestThumbnails} /> Миниатюры в «Последних новостях»
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
