"use client";
import { useActionState } from "react";
import { RenameTermCell } from "./RenameTermCell";
import { deleteCategoryAction, moveCategoryAction, saveCategoryAction, saveCategoryKazakhAction, setCategoryParentAction } from "./actions";
import { IDLE } from "@/lib/actions/result";
import { FieldError } from "../_components/FieldError";

type Option = { id: number; name: string };

type Row = Option & { slug: string; kkName: string; kkSlug: string | null; count: number; parentId: number | null; depth: number };

/** «Қазақша»: the category's name and address in the Kazakh edition. */
function KazakhName({ category }: { category: Row }) {
  const [state, save] = useActionState(saveCategoryKazakhAction, IDLE);
  const errorId = `category-${category.id}-kk-error`;
  return (
    <form action={save} className="admin-filters">
      <input type="hidden" name="id" value={category.id} />
      <input
        name="kkName"
        lang="kk"
        defaultValue={category.kkName}
        aria-label={`Название «${category.name}» на казахском`}
        aria-describedby={errorId}
        size={14}
      />
      <input
        name="kkSlug"
        defaultValue={category.kkSlug ?? ""}
        aria-label={`Адрес «${category.name}» на казахском`}
        aria-describedby={errorId}
        size={12}
        placeholder="из названия"
      />
      <button type="submit" className="secondary" aria-label={`Применить казахское название рубрики «${category.name}»`}>
        Применить
      </button>
      <FieldError id={errorId} errors={state.fieldErrors?.kkSlug ?? (state.ok || !state.message ? undefined : [state.message])} />
      {state.ok && <span role="status">{state.message}</span>}
    </form>
  );
}

export function CategoryRow({ category, others }: { category: Row; others: Option[] }) {
  const [renameState, rename] = useActionState(saveCategoryAction, IDLE);
  const [moveState, move] = useActionState(moveCategoryAction, IDLE);
  const [deleteState, remove] = useActionState(deleteCategoryAction, IDLE);
  const [parentState, reparent] = useActionState(setCategoryParentAction, IDLE);
  const message = deleteState.message || moveState.message || renameState.message || (parentState.ok ? parentState.message : "");
  const parentErrorId = `category-${category.id}-parent-error`;
  return (
    <tr data-depth={Math.min(category.depth, 3)}>
      <RenameTermCell term={category} label="Название рубрики" errorId={`category-${category.id}-error`} action={rename} state={renameState} />
      <td>{category.slug}</td>
      <td>
        <form action={reparent} className="admin-filters">
          <input type="hidden" name="id" value={category.id} />
          <select
            name="parentId"
            defaultValue={category.parentId ?? ""}
            aria-label={`Родительская рубрика для «${category.name}»`}
            aria-describedby={parentErrorId}
          >
            <option value="">— верхний уровень —</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <button type="submit" className="secondary">
            Сохранить
          </button>
        </form>
        <FieldError id={parentErrorId} errors={parentState.fieldErrors?.parentId} />
      </td>
      <td>{category.count}</td>
      <td>
        <form action={move} style={{ display: "inline" }}>
          <input type="hidden" name="id" value={category.id} />
          <button type="submit" name="direction" value="up" className="secondary" aria-label="Выше">
            ↑
          </button>
          <button type="submit" name="direction" value="down" className="secondary" aria-label="Ниже">
            ↓
          </button>
        </form>
        {others.length > 0 && (
          <form action={remove} className="admin-filters">
            <input type="hidden" name="id" value={category.id} />
            <label>
              Статьи перенести в{" "}
              <select name="targetId" defaultValue={others[0]!.id}>
                {others.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="danger">
              Удалить
            </button>
          </form>
        )}
        {message && (
          <p role="status" className="form-message">
            {message}
          </p>
        )}
      </td>
      <td>
        <KazakhName category={category} />
      </td>
    </tr>
  );
}
