"use server";
import { z } from "zod";
import { adminAction } from "@/lib/admin/action";
import { fieldErrors, formFields, type FormState } from "@/lib/admin/form";
import { changeRole, createUser, endUserSessions, newUser, roleChange, setDisabled } from "@/lib/admin/users";
import { invalidateAfterWrite } from "@/lib/cache/invalidate";

export const createUserAction = adminAction("users.manage", async (staff, _prev: FormState, formData: FormData): Promise<FormState> => {
  const parsed = newUser.safeParse(formFields(formData));
  if (!parsed.success) return fieldErrors(parsed.error);
  const result = await createUser(staff, parsed.data);
  if (!result.ok) return { errors: { [result.field]: [result.message] }, message: "Исправьте ошибки в форме." };
  await invalidateAfterWrite({ t: "User" });
  return { ok: true, message: `Пользователь ${parsed.data.email} создан.` };
});

export const changeRoleAction = adminAction("users.manage", async (staff, _prev: FormState, formData: FormData): Promise<FormState> => {
  const parsed = roleChange.safeParse(formFields(formData));
  if (!parsed.success) return fieldErrors(parsed.error);
  return changeRole(staff, parsed.data.userId, parsed.data.role);
});

const toggle = z.object({ userId: z.coerce.number().int().positive(), disabled: z.enum(["true", "false"]) });

export const setDisabledAction = adminAction("users.manage", async (staff, _prev: FormState, formData: FormData): Promise<FormState> => {
  const parsed = toggle.safeParse(formFields(formData));
  if (!parsed.success) return fieldErrors(parsed.error);
  return setDisabled(staff, parsed.data.userId, parsed.data.disabled === "true");
});

const userRef = z.object({ userId: z.coerce.number().int().positive() });

export const endUserSessionsAction = adminAction("users.manage", async (staff, _prev: FormState, formData: FormData): Promise<FormState> => {
  const parsed = userRef.safeParse(formFields(formData));
  if (!parsed.success) return fieldErrors(parsed.error);
  return endUserSessions(staff, parsed.data.userId);
});
