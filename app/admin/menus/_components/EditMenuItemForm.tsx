"use client";
import { useActionState } from "react";
import { IDLE } from "@/lib/actions/result";
import type { MenuItemKind } from "@/lib/menus/types";
import { FieldError } from "../../_components/FieldError";
import { updateMenuItemAction } from "../actions";

type Props = { item: { id: number; label: string; parentId: number | null; kind: MenuItemKind }; parents: { id: number; label: string }[] };

/** A saved item's label and parent, behind «Изменить». */
export function EditMenuItemForm({ item, parents }: Props) {
  const [state, action, pending] = useActionState(updateMenuItemAction, IDLE);
  const p = `item-${item.id}`;
  const err = (field: string) => state.fieldErrors?.[field];
  return (
    <details className="menu-edit">
      <summary>Изменить</summary>
      <form action={action} className="admin-form">
        <input type="hidden" name="id" value={item.id} />
        <label htmlFor={`${p}-label`}>Название{item.kind === "URL" ? "" : " (пусто — как у рубрики или страницы)"}</label>
        <input id={`${p}-label`} name="label" type="text" maxLength={100} defaultValue={item.label} aria-describedby={`${p}-label-error`} />
        <FieldError id={`${p}-label-error`} errors={err("label")} />
        <label htmlFor={`${p}-parent`}>Вложить в</label>
        <select id={`${p}-parent`} name="parentId" defaultValue={item.parentId ?? ""} aria-describedby={`${p}-parent-error`}>
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
          Сохранить
        </button>
      </form>
    </details>
  );
}
