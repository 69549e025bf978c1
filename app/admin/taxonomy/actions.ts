"use server";
import { z } from "zod";
import { adminAction } from "@/lib/admin/action";
import { fieldErrors, formFields, type FormState } from "@/lib/admin/form";
import { createTag, deleteCategory, deleteTag, moveCategory, renameTag, saveCategory, termName } from "@/lib/admin/taxonomy";
import { invalidateAfterWrite } from "@/lib/cache/invalidate";

const id = z.coerce.number().int().positive();

async function done(result: { ok: boolean; message: string }): Promise<FormState> {
  if (result.ok) await invalidateAfterWrite({ t: "Category" });
  return result;
}

export const saveCategoryAction = adminAction("taxonomy.manage", async (staff, _prev: FormState, formData: FormData): Promise<FormState> => {
  const parsed = termName.safeParse(formFields(formData));
  if (!parsed.success) return fieldErrors(parsed.error);
  return done(await saveCategory(staff, parsed.data));
});

export const moveCategoryAction = adminAction("taxonomy.manage", async (staff, _prev: FormState, formData: FormData): Promise<FormState> => {
  const parsed = z.object({ id, direction: z.enum(["up", "down"]) }).safeParse(formFields(formData));
  if (!parsed.success) return { message: "Неверный запрос." };
  return done(await moveCategory(staff, parsed.data.id, parsed.data.direction));
});

export const deleteCategoryAction = adminAction("taxonomy.manage", async (staff, _prev: FormState, formData: FormData): Promise<FormState> => {
  const parsed = z.object({ id, targetId: id }).safeParse(formFields(formData));
  if (!parsed.success) return { message: "Выберите рубрику, куда перенести статьи." };
  return done(await deleteCategory(staff, parsed.data.id, parsed.data.targetId));
});

export const createTagAction = adminAction("taxonomy.manage", async (staff, _prev: FormState, formData: FormData): Promise<FormState> => {
  const parsed = termName.omit({ id: true }).safeParse(formFields(formData));
  if (!parsed.success) return fieldErrors(parsed.error);
  const result = await createTag(staff, parsed.data.name);
  return result.ok ? done(result) : { errors: { name: [result.message] }, message: result.message };
});

export const renameTagAction = adminAction("taxonomy.manage", async (staff, _prev: FormState, formData: FormData): Promise<FormState> => {
  const parsed = termName.required({ id: true }).safeParse(formFields(formData));
  if (!parsed.success) return fieldErrors(parsed.error);
  return done(await renameTag(staff, parsed.data.id, parsed.data.name));
});

export const deleteTagAction = adminAction("taxonomy.manage", async (staff, _prev: FormState, formData: FormData): Promise<FormState> => {
  const parsed = z.object({ id, mergeIntoId: z.union([z.literal("").transform(() => null), id]).default(null) }).safeParse(formFields(formData));
  if (!parsed.success) return { message: "Неверный запрос." };
  return done(await deleteTag(staff, parsed.data.id, parsed.data.mergeIntoId));
});
