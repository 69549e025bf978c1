"use server";
import { z } from "zod";
import { adminAction } from "@/lib/admin/action";
import { deleteUnusedMedia, setMediaAlt } from "@/lib/admin/media";
import { fieldErrors, formFields, type FormState } from "@/lib/admin/form";

const altInput = z.object({ id: z.coerce.number().int().positive(), alt: z.string().trim().max(300, "Описание длиннее 300 символов.") });

export const setAltAction = adminAction("media.upload", async (_staff, _prev: FormState, formData: FormData): Promise<FormState> => {
  const parsed = altInput.safeParse(formFields(formData));
  if (!parsed.success) return fieldErrors(parsed.error);
  if (!(await setMediaAlt(parsed.data.id, parsed.data.alt))) return { message: "Изображение не найдено." };
  return { ok: true, message: "Сохранено." };
});

export const deleteMediaAction = adminAction("articles.editOthers", async (_staff, _prev: FormState, formData: FormData): Promise<FormState> => {
  const id = z.coerce.number().int().positive().safeParse(formData.get("id"));
  if (!id.success) return { message: "Изображение не найдено." };
  const result = await deleteUnusedMedia(id.data);
  return result.ok ? { ok: true, message: "Удалено." } : { message: result.message };
});
