"use client";
import { useState } from "react";
import { inTreeOrder } from "@/lib/taxonomy/hierarchy";
import { FieldError } from "../../_components/FieldError";

export type CategoryOption = { id: number; name: string; parentId: number | null };

type Props = {
  categories: CategoryOption[];
  initialIds: number[];
  initialPrimary: number | null;
  errors: { primary?: string[]; all?: string[] };
  onChange: () => void;
};

/**
 * The article's categories (checkboxes, indented under their parents) and the primary one
 * (a radio), which is the article's label and breadcrumb. The first one ticked becomes the
 * primary, and choosing a primary ticks it.
 */
export function CategoryPicker({ categories, initialIds, initialPrimary, errors, onChange }: Props) {
  const [chosen, setChosen] = useState(() => new Set(initialIds));
  const [primary, setPrimary] = useState(initialPrimary);
  const toggle = (id: number, checked: boolean) => {
    const next = new Set(chosen);
    if (checked) next.add(id);
    else next.delete(id);
    setChosen(next);
    if (checked && primary === null) setPrimary(id);
    onChange();
  };
  const choosePrimary = (id: number) => {
    setPrimary(id);
    setChosen(new Set(chosen).add(id));
    onChange();
  };
  return (
    <fieldset className="category-picker" aria-describedby="category-error categories-error">
      <legend>Рубрики</legend>
      {/* Sent even when nothing is ticked, so that "none" is told apart from a form without the list. */}
      <input type="hidden" name="categoryIds" value="" />
      {inTreeOrder(categories).map((c) => (
        <div key={c.id} className="category-picker__row" style={{ paddingInlineStart: `${c.depth * 1.25}rem` }}>
          <label>
            <input type="checkbox" name="categoryIds" value={c.id} checked={chosen.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} /> {c.name}
          </label>
          <label className="category-picker__primary">
            <input
              type="radio"
              name="categoryId"
              value={c.id}
              checked={primary === c.id}
              onChange={() => choosePrimary(c.id)}
              aria-label={`Основная рубрика: ${c.name}`}
            />{" "}
            основная
          </label>
        </div>
      ))}
      <FieldError id="category-error" errors={errors.primary} />
      <FieldError id="categories-error" errors={errors.all} />
    </fieldset>
  );
}
