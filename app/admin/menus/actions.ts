"use server";
import { redirect } from "next/navigation";
import { staffAction, staffSubmit } from "@/lib/actions/define-action";
import { fail, failField, succeed } from "@/lib/actions/result";
import { invalidateAfterWrite } from "@/lib/edge/invalidate";
import { menuItemInput, menuItemMove, menuItemRef, menuItemUpdate, menuRef } from "@/lib/menus/menu-input";
import { addMenuItem, customizeMenu, moveMenuItem, removeMenuItem, resetMenu, updateMenuItem, type MenuOutcome } from "@/lib/menus/writes";
import { menuScreenUrl, type MenuScreenStatus } from "./screen-url";

async function afterWrite(outcome: MenuOutcome) {
  if (!outcome.ok) return outcome.field ? failField(outcome.field, outcome.message) : fail(outcome.message);
  await invalidateAfterWrite({ t: "MenuItem" });
  return succeed(outcome.message);
}

export const addMenuItemAction = staffAction("menus.manage", menuItemInput, async (staff, input) => afterWrite(await addMenuItem(staff, input)));

export const updateMenuItemAction = staffAction("menus.manage", menuItemUpdate, async (staff, input) => afterWrite(await updateMenuItem(staff, input)));

/** The row buttons are plain forms: each answers with the screen again, saying what happened. */
async function thenBack(outcome: MenuOutcome, done: MenuScreenStatus): Promise<never> {
  if (outcome.ok) await invalidateAfterWrite({ t: "MenuItem" });
  redirect(menuScreenUrl(outcome.ok ? done : "not-found"));
}

const invalid = () => redirect(menuScreenUrl("invalid"));

export const moveMenuItemAction = staffSubmit(
  "menus.manage",
  menuItemMove,
  async (staff, input) => thenBack(await moveMenuItem(staff, input.id, input.direction), "moved"),
  invalid,
);

export const removeMenuItemAction = staffSubmit(
  "menus.manage",
  menuItemRef,
  async (staff, input) => thenBack(await removeMenuItem(staff, input.id), "removed"),
  invalid,
);

export const customizeMenuAction = staffSubmit(
  "menus.manage",
  menuRef,
  async (staff, input) => thenBack(await customizeMenu(staff, input.location), "customized"),
  invalid,
);

export const resetMenuAction = staffSubmit("menus.manage", menuRef, async (staff, input) => thenBack(await resetMenu(staff, input.location), "reset"), invalid);
