import { MENU_LOCATION_LABELS } from "@/lib/menus/types";
import type { EditableMenu, MenuTargetOptions } from "@/lib/menus/newsroom-reads";
import { customizeMenuAction, moveMenuItemAction, removeMenuItemAction, resetMenuAction } from "../actions";
import { AddMenuItemForm } from "./AddMenuItemForm";
import { EditMenuItemForm } from "./EditMenuItemForm";

/** One plain form a button: works before the page's script has loaded. */
function RowButton({
  action,
  fields,
  label,
  className = "secondary",
}: {
  action: (data: FormData) => Promise<void>;
  fields: Record<string, string>;
  label: string;
  className?: string;
}) {
  return (
    <form action={action} className="menu-row-action">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className}>
        {label}
      </button>
    </form>
  );
}

export function MenuSection({ menu, options }: { menu: EditableMenu; options: MenuTargetOptions }) {
  const id = `menu-${menu.location.toLowerCase()}`;
  const parents = menu.items.filter((i) => i.id !== null && i.parentId === null).map((i) => ({ id: i.id!, label: i.label || i.targetName }));
  return (
    <section className="menu-section" aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{MENU_LOCATION_LABELS[menu.location]}</h2>
      {!menu.saved && (
        <div className="menu-default-note">
          <p>
            Меню не настроено, на сайте показывается меню по умолчанию
            {menu.location === "HEADER" ? ": все рубрики по порядку." : menu.location === "FOOTER_1" ? ": опубликованные страницы." : " (пустое)."} Новый пункт
            сохранит его вместе с этими пунктами.
          </p>
          <RowButton action={customizeMenuAction} fields={{ location: menu.location }} label="Изменить это меню" />
        </div>
      )}
      {menu.items.length === 0 ? (
        <p>Пунктов нет.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Пункт</th>
              <th>Ведёт на</th>
              {menu.saved && <th>Действия</th>}
            </tr>
          </thead>
          <tbody>
            {menu.items.map((item, index) => (
              <tr key={item.id ?? `default-${index}`}>
                <td>
                  {item.parentId !== null && <span aria-hidden="true">— </span>}
                  {item.label || item.targetName}
                </td>
                <td>{item.href ? <a href={item.href}>{item.target}</a> : item.target}</td>
                {item.id !== null && (
                  <td className="menu-row-actions">
                    <RowButton action={moveMenuItemAction} fields={{ id: String(item.id), direction: "up" }} label="↑ Выше" />
                    <RowButton action={moveMenuItemAction} fields={{ id: String(item.id), direction: "down" }} label="↓ Ниже" />
                    <RowButton action={removeMenuItemAction} fields={{ id: String(item.id) }} label="Удалить" className="danger" />
                    <EditMenuItemForm
                      item={{ id: item.id, label: item.label, parentId: item.parentId, kind: item.kind }}
                      parents={parents.filter((p) => p.id !== item.id)}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddMenuItemForm location={menu.location} options={options} parents={parents} />
      {menu.saved && <RowButton action={resetMenuAction} fields={{ location: menu.location }} label="Вернуть меню по умолчанию" />}
    </section>
  );
}
