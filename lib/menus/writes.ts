import "server-only";
import { audit } from "@/lib/audit/audit";
import type { Staff } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MenuItemInput, MenuItemUpdate } from "./menu-input";
import { defaultMenuTargets } from "./read-menu";
import { MENU_LOCATION_LABELS, type MenuLocation } from "./types";

type Tx = Prisma.TransactionClient;

export type MenuOutcome = { ok: true; message: string } | { ok: false; message: string; field?: string };

const NOT_FOUND: MenuOutcome = { ok: false, message: "Пункт меню не найден." };

/**
 * The location's menu, created on first use with what the location showed until then (its
 * default), so that saving a menu never makes the site lose links it had. Concurrent first
 * writes both end up with the one menu: the insert skips a row another made meanwhile.
 */
async function ensureMenu(tx: Tx, location: MenuLocation): Promise<number> {
  const { count } = await tx.menu.createMany({ data: [{ location }], skipDuplicates: true });
  const menu = await tx.menu.findUniqueOrThrow({ where: { location }, select: { id: true } });
  if (count === 1) {
    const { categories, pages } = await defaultMenuTargets(location, tx);
    await tx.menuItem.createMany({
      data: [
        ...categories.map((c, position) => ({ menuId: menu.id, kind: "CATEGORY" as const, categoryId: c.id, position })),
        ...pages.map((p, position) => ({ menuId: menu.id, kind: "PAGE" as const, pageId: p.id, position })),
      ],
    });
  }
  return menu.id;
}

/** Why `parentId` cannot hold an item of this menu (only top-level items have sub-items), or null. */
async function parentProblem(tx: Tx, menuId: number, parentId: number | null, itemId: number | null): Promise<string | null> {
  if (parentId === null) return null;
  if (parentId === itemId) return "Пункт не может быть вложен в себя.";
  const parent = await tx.menuItem.findUnique({ where: { id: parentId }, select: { menuId: true, parentId: true } });
  if (!parent || parent.menuId !== menuId) return "Родительский пункт не найден в этом меню.";
  if (parent.parentId !== null) return "Вложить можно только в пункт верхнего уровня.";
  if (itemId !== null && (await tx.menuItem.count({ where: { parentId: itemId } })) > 0) return "У этого пункта есть вложенные, он остаётся на верхнем уровне.";
  return null;
}

async function targetProblem(tx: Tx, input: MenuItemInput): Promise<MenuOutcome | null> {
  if (input.kind === "CATEGORY" && !(await tx.category.findUnique({ where: { id: input.categoryId! }, select: { id: true } })))
    return { ok: false, message: "Рубрика не найдена.", field: "categoryId" };
  if (input.kind === "PAGE" && !(await tx.page.findUnique({ where: { id: input.pageId! }, select: { id: true } })))
    return { ok: false, message: "Страница не найдена.", field: "pageId" };
  return null;
}

async function nextPosition(tx: Tx, menuId: number, parentId: number | null): Promise<number> {
  const last = await tx.menuItem.aggregate({ where: { menuId, parentId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

export async function addMenuItem(staff: Staff, input: MenuItemInput): Promise<MenuOutcome> {
  return db().$transaction(async (tx) => {
    const target = await targetProblem(tx, input);
    if (target) return target;
    const menuId = await ensureMenu(tx, input.location);
    const problem = await parentProblem(tx, menuId, input.parentId, null);
    if (problem) return { ok: false, message: problem, field: "parentId" };
    const item = await tx.menuItem.create({
      data: {
        menuId,
        parentId: input.parentId,
        position: await nextPosition(tx, menuId, input.parentId),
        kind: input.kind,
        categoryId: input.kind === "CATEGORY" ? input.categoryId : null,
        pageId: input.kind === "PAGE" ? input.pageId : null,
        url: input.url,
        label: input.label,
      },
      select: { id: true },
    });
    await audit(staff.id, "menu.item.add", `menu:${input.location}`, { itemId: item.id, kind: input.kind, label: input.label }, tx);
    return { ok: true, message: "Пункт добавлен." };
  });
}

export async function updateMenuItem(staff: Staff, input: MenuItemUpdate): Promise<MenuOutcome> {
  return db().$transaction(async (tx) => {
    const item = await tx.menuItem.findUnique({
      where: { id: input.id },
      select: { menuId: true, parentId: true, kind: true, menu: { select: { location: true } } },
    });
    if (!item) return NOT_FOUND;
    if (item.kind === "URL" && input.label === "") return { ok: false, message: "У ссылки должно быть название.", field: "label" };
    const problem = await parentProblem(tx, item.menuId, input.parentId, input.id);
    if (problem) return { ok: false, message: problem, field: "parentId" };
    const moved = item.parentId !== input.parentId;
    await tx.menuItem.update({
      where: { id: input.id },
      data: { label: input.label, parentId: input.parentId, ...(moved ? { position: await nextPosition(tx, item.menuId, input.parentId) } : {}) },
    });
    await audit(staff.id, "menu.item.update", `menu:${item.menu.location}`, { itemId: input.id, label: input.label, parentId: input.parentId }, tx);
    return { ok: true, message: "Пункт сохранён." };
  });
}

/** Swaps an item with its neighbour among the items under the same parent. */
export async function moveMenuItem(staff: Staff, id: number, direction: "up" | "down"): Promise<MenuOutcome> {
  return db().$transaction(async (tx) => {
    const item = await tx.menuItem.findUnique({ where: { id }, select: { menuId: true, parentId: true, menu: { select: { location: true } } } });
    if (!item) return NOT_FOUND;
    const siblings = await tx.menuItem.findMany({
      where: { menuId: item.menuId, parentId: item.parentId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const at = siblings.findIndex((s) => s.id === id);
    const to = direction === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= siblings.length) return { ok: true, message: "Пункт уже на краю." };
    const order = siblings.map((s) => s.id);
    [order[at], order[to]] = [order[to]!, order[at]!];
    for (const [position, itemId] of order.entries()) await tx.menuItem.update({ where: { id: itemId }, data: { position } });
    await audit(staff.id, "menu.item.move", `menu:${item.menu.location}`, { itemId: id, direction }, tx);
    return { ok: true, message: "Порядок изменён." };
  });
}

/** Removes an item and its sub-items. */
export async function removeMenuItem(staff: Staff, id: number): Promise<MenuOutcome> {
  return db().$transaction(async (tx) => {
    const item = await tx.menuItem.findUnique({ where: { id }, select: { label: true, menu: { select: { location: true } } } });
    if (!item) return NOT_FOUND;
    await tx.menuItem.delete({ where: { id } });
    await audit(staff.id, "menu.item.remove", `menu:${item.menu.location}`, { itemId: id, label: item.label }, tx);
    return { ok: true, message: "Пункт удалён." };
  });
}

/** Saves a location's default as its menu, to edit it item by item. */
export async function customizeMenu(staff: Staff, location: MenuLocation): Promise<MenuOutcome> {
  return db().$transaction(async (tx) => {
    await ensureMenu(tx, location);
    await audit(staff.id, "menu.customize", `menu:${location}`, {}, tx);
    return { ok: true, message: `«${MENU_LOCATION_LABELS[location]}» можно править.` };
  });
}

/** Forgets a location's menu: the site shows its default again. */
export async function resetMenu(staff: Staff, location: MenuLocation): Promise<MenuOutcome> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.menu.deleteMany({ where: { location } });
    if (count > 0) await audit(staff.id, "menu.reset", `menu:${location}`, {}, tx);
    return { ok: true, message: `«${MENU_LOCATION_LABELS[location]}»: снова как по умолчанию.` };
  });
}
