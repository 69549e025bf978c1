"use client";
import { startTransition, useActionState, useRef, useState, type FormEvent } from "react";
import { IDLE, type ActionResult } from "@/lib/actions/result";
import type { MenuTargetOptions } from "@/lib/menus/newsroom-reads";
import type { MenuItemKind, MenuLocation } from "@/lib/menus/types";
import { FieldError } from "../../_components/FieldError";
import { addMenuItemAction } from "../actions";

type Props = { location: MenuLocation; options: MenuTargetOptions; parents: { id: number; label: string }[] };

/** Adds an item: what it points at (a category, a page or an address), its label and its parent. */
export function AddMenuItemForm({ location, options, parents }: Props) {
  const [kind, setKind] = useState<MenuItemKind>("CATEGORY");
  const form = useRef<HTMLFormElement>(null);
  const [state, action, pending] = useActionState(async (previous: ActionResult, data: FormData) => {
    const result = await addMenuItemAction(previous, data);
    if (result.ok) {
      form.current?.reset();
      setKind("CATEGORY");
    }
    return result;
  }, IDLE);
  // Submitted by hand: React resets a form after its `action` runs, which would wipe what was
  // typed when the server refuses it. Cleared above only once the item is added.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  const p = `add-${location.toLowerCase()}`;
  const err = (field: string) => state.fieldErrors?.[field];
  return (
    <form ref={form} onSubmit={submit} className="admin-form menu-add-form" aria-labelledby={`${p}-title`}>
      <h3 id={`${p}-title`}>Добавить пункт</h3>
      <input type="hidden" name="location" value={location} />
      <label htmlFor={`${p}-kind`}>Куда ведёт</label>
      <select id={`${p}-kind`} name="kind" value={kind} onChange={(e) => setKind(e.target.value as MenuItemKind)}>
        <option value="CATEGORY">Рубрика</option>
        <option value="PAGE">Страница</option>
        <option value="URL">Ссылка</option>
      </select>
      {kind === "CATEGORY" && (
        <>
          <label htmlFor={`${p}-category`}>Рубрика</label>
          <select id={`${p}-category`} name="categoryId" aria-describedby={`${p}-category-error`} aria-invalid={!!err("categoryId")}>
            {options.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <FieldError id={`${p}-category-error`} errors={err("categoryId")} />
        </>
      )}
      {kind === "PAGE" && (
        <>
          <label htmlFor={`${p}-page`}>Страница</label>
          <select id={`${p}-page`} name="pageId" aria-describedby={`${p}-page-error`} aria-invalid={!!err("pageId")}>
            {options.pages.map((page) => (
              <option key={page.id} value={page.id}>
                {page.title}
                {page.draft ? " (черновик)" : ""}
              </option>
            ))}
          </select>
          <FieldError id={`${p}-page-error`} errors={err("pageId")} />
        </>
      )}
      {kind === "URL" && (
        <>
          <label htmlFor={`${p}-url`}>Адрес</label>
          <input id={`${p}-url`} name="url" type="text" placeholder="https://… или /путь" aria-describedby={`${p}-url-error`} aria-invalid={!!err("url")} />
          <FieldError id={`${p}-url-error`} errors={err("url")} />
        </>
      )}
      <label htmlFor={`${p}-label`}>{kind === "URL" ? "Название" : "Название (пусто — как у рубрики или страницы)"}</label>
      <input id={`${p}-label`} name="label" type="text" maxLength={100} aria-describedby={`${p}-label-error`} aria-invalid={!!err("label")} />
      <FieldError id={`${p}-label-error`} errors={err("label")} />
      <label htmlFor={`${p}-parent`}>Вложить в</label>
      <select id={`${p}-parent`} name="parentId" defaultValue="" aria-describedby={`${p}-parent-error`}>
        <option value="">— верхний уровень —</option>
        {parents.map((parent) => (
          <option key={parent.id} value={parent.id}>
            {parent.label}
          </option>
        ))}
      </select>
      <FieldError id={`${p}-parent-error`} errors={err("parentId")} />
      <p role="status" className={state.ok ? "form-message ok" : "form-message"}>
        {pending ? "Сохранение…" : state.message}
      </p>
      <button type="submit" disabled={pending}>
        Добавить
      </button>
    </form>
  );
}
