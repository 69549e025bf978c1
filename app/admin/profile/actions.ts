"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction } from "@/lib/admin/action";
import { fieldErrors, formFields, type FormState } from "@/lib/admin/form";
import { changeOwnPassword, endOtherSessions, endOwnSession, passwordChange, type ProfileResult } from "@/lib/admin/profile";
import { SESSION_COOKIE } from "@/lib/auth/sessions";

function toFormState(result: ProfileResult): FormState {
  if (result.ok) return { ok: true, message: result.message };
  return { message: result.message, ...(result.field ? { errors: { [result.field]: [result.message] } } : {}) };
}

/** The caller's own session token: a signed-in caller has one, so its absence means a session ended mid-request. */
async function ownToken(): Promise<string> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) redirect("/admin/login");
  return token;
}

export const changePasswordAction = adminAction("newsroom", async (staff, _prev: FormState, formData: FormData): Promise<FormState> => {
  const parsed = passwordChange.safeParse(formFields(formData));
  if (!parsed.success) return fieldErrors(parsed.error);
  return toFormState(await changeOwnPassword(staff, parsed.data, await ownToken()));
});

const sessionRef = z.object({ sessionId: z.string().min(1).max(100) });

export const endSessionAction = adminAction("newsroom", async (staff, _prev: FormState, formData: FormData): Promise<FormState> => {
  const parsed = sessionRef.safeParse(formFields(formData));
  if (!parsed.success) return { message: "Сеанс не найден." };
  return toFormState(await endOwnSession(staff, parsed.data.sessionId));
});

export const endOtherSessionsAction = adminAction("newsroom", async (staff, _prev: FormState): Promise<FormState> => {
  return toFormState(await endOtherSessions(staff, await ownToken()));
});
