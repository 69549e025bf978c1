import "server-only";
import { db } from "@/lib/db";
import { pagePath } from "@/lib/pages/page-paths";
import { paths } from "@/lib/paths";
import { defaultMenuTargets, MENU_ITEM_SELECT } from "./read-menu";
import { MENU_KIND_LABELS, MENU_LOCATIONS, type MenuItemKind, type MenuLocation } from "./types";

/** An item as the newsroom lists it; `id` is null for the items of a default (unsaved) menu. */
export type EditableMenuItem = {
  id: number | null;
  parentId: number | null;
  kind: MenuItemKind;
  label: string;
  /** The name or title it shows when `label` is empty. */
  targetName: string;
  /** What it points at, for the editor: «Рубрика: Спорт», «Страница (черновик): …», the address. */
  target: string;
  href: string | null;
};

export type EditableMenu = { location: MenuLocation; saved: boolean; items: EditableMenuItem[] };

export type MenuTargetOptions = { categories: { id: number; name: string }[]; pages: { id: number; title: string; draft: boolean }[] };

type Row = Awaited<ReturnType<typeof readRows>>[number];

function readRows(menuId: number) {
  return db().menuItem.findMany({ where: { menuId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: MENU_ITEM_SELECT });
}

function describe(row: Row): EditableMenuItem {
  const base = { id: row.id, parentId: row.parentId, kind: row.kind, label: row.label };
  if (row.category)
    return { ...base, targetName: row.category.name, target: `${MENU_KIND_LABELS.CATEGORY}: ${row.category.name}`, href: paths.category(row.category.slug) };
  if (row.page) {
    const hidden = row.page.status !== "PUBLISHED" || row.page.parent?.status === "DRAFT";
    return {
      ...base,
      targetName: row.page.title,
      target: `${MENU_KIND_LABELS.PAGE}${hidden ? " (не опубликована, читатели пункт не видят)" : ""}: ${row.page.title}`,
      href: pagePath(row.page.slug, row.page.parent?.slug),
    };
  }
  return { ...base, targetName: row.url ?? "", target: `${MENU_KIND_LABELS.URL}: ${row.url ?? ""}`, href: row.url };
}

/** Top-level items first, each followed by its sub-items. */
function nested(items: EditableMenuItem[]): EditableMenuItem[] {
  return items.filter((i) => i.parentId === null).flatMap((top) => [top, ...items.filter((i) => i.parentId === top.id)]);
}

async function editableMenu(location: MenuLocation): Promise<EditableMenu> {
  const menu = await db().menu.findUnique({ where: { location }, select: { id: true } });
  if (menu) return { location, saved: true, items: nested((await readRows(menu.id)).map(describe)) };
  const { categories, pages } = await defaultMenuTargets(location);
  const virtual = (kind: MenuItemKind, name: string, href: string): EditableMenuItem => ({
    id: null,
    parentId: null,
    kind,
    label: "",
    targetName: name,
    target: `${MENU_KIND_LABELS[kind]}: ${name}`,
    href,
  });
  return {
    location,
    saved: false,
    items: [...categories.map((c) => virtual("CATEGORY", c.name, paths.category(c.slug))), ...pages.map((p) => virtual("PAGE", p.title, pagePath(p.slug)))],
  };
}

/** The three menus for the «Меню» screen, with what their items can point at. */
export async function editableMenus(): Promise<{ menus: EditableMenu[]; options: MenuTargetOptions }> {
  const [menus, categories, pages] = await Promise.all([
    Promise.all(MENU_LOCATIONS.map(editableMenu)),
    db().category.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true } }),
    db().page.findMany({
      orderBy: [{ parentId: { sort: "asc", nulls: "first" } }, { position: "asc" }, { id: "asc" }],
      select: { id: true, title: true, status: true },
    }),
  ]);
  return { menus, options: { categories, pages: pages.map((p) => ({ id: p.id, title: p.title, draft: p.status !== "PUBLISHED" })) } };
}
