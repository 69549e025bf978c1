"use server";
import { z } from "zod";
import { staffAction } from "@/lib/actions/define-action";
import { failField, fromOutcome, type ActionResult } from "@/lib/actions/result";
import { invalidateAfterWrite } from "@/lib/edge/invalidate";
import {
  createTag,
  deleteCategory,
  deleteTag,
  kazakhCategoryName,
  moveCategory,
  renameTag,
  saveCategory,
  saveCategoryKazakh,
  setCategoryParent,
  termName,
} from "@/lib/taxonomy/writes";

const id = z.coerce.number().int().positive();

async function done(outcome: { ok: boolean; message: string }): Promise<ActionResult> {
  if (outcome.ok) await invalidateAfterWrite({ t: "Category" });
  return fromOutcome(outcome);
}

export const saveCategoryAction = staffAction("taxonomy.manage", termName, async (staff, input) => done(await saveCategory(staff, input)));

export const saveCategoryKazakhAction = staffAction("taxonomy.manage", kazakhCategoryName, async (staff, input) => {
  const outcome = await saveCategoryKazakh(staff, input);
  return !outcome.ok && outcome.field ? failField(outcome.field, outcome.message) : done(outcome);
});

export const moveCategoryAction = staffAction(
  "taxonomy.manage",
  z.object({ id, direction: z.enum(["up", "down"]) }),
  async (staff, input) => done(await moveCategory(staff, input.id, input.direction)),
  { invalid: "Неверный запрос." },
);

export const setCategoryParentAction = staffAction(
  "taxonomy.manage",
  z.object({ id, parentId: z.union([z.literal("").transform(() => null), id], "Выберите родительскую рубрику.").default(null) }),
  async (staff, input) => {
    const outcome = await setCategoryParent(staff, input.id, input.parentId);
    return outcome.ok ? done(outcome) : failField("parentId", outcome.message);
  },
);

export const deleteCategoryAction = staffAction(
  "taxonomy.manage",
  z.object({ id, targetId: id }),
  async (staff, input) => done(await deleteCategory(staff, input.id, input.targetId)),
  { invalid: "Выберите рубрику, куда перенести статьи." },
);

export const createTagAction = staffAction("taxonomy.manage", termName.omit({ id: true }), async (staff, input) => {
  const outcome = await createTag(staff, input.name);
  return outcome.ok ? done(outcome) : failField("name", outcome.message);
});

export const renameTagAction = staffAction("taxonomy.manage", termName.required({ id: true }), async (staff, input) =>
  done(await renameTag(staff, input.id, input.name)),
);

export const deleteTagAction = staffAction(
  "taxonomy.manage",
  z.object({ id, mergeIntoId: z.union([z.literal("").transform(() => null), id]).default(null) }),
  async (staff, input) => done(await deleteTag(staff, input.id, input.mergeIntoId)),
  { invalid: "Неверный запрос." },
);
