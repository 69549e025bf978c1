import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { revokeOtherSessions, revokeOwnSession, type Staff } from "@/lib/auth/sessions";
import { db } from "@/lib/db";

export const passwordChange = z
  .object({
    currentPassword: z.string().min(1, "Введите текущий пароль.").max(1000),
    newPassword: z.string().min(10, "Новый пароль — не короче 10 символов.").max(1000, "Слишком длинный пароль."),
    confirmPassword: z.string().max(1000),
  })
  .refine((v) => v.confirmPassword === v.newPassword, { path: ["confirmPassword"], message: "Пароли не совпадают." })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Новый пароль совпадает с текущим." });

export type ProfileResult = { ok: true; message: string } | { ok: false; field?: string; message: string };

/** A new password ends every other session of the account: whoever knew the old one is signed out. */
export async function changeOwnPassword(staff: Staff, input: z.infer<typeof passwordChange>, keepToken: string): Promise<ProfileResult> {
  const user = await db().user.findUnique({ where: { id: staff.id }, select: { passwordHash: true } });
  if (!user?.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    return { ok: false, field: "currentPassword", message: "Неверный текущий пароль." };
  }
  await db().user.update({ where: { id: staff.id }, data: { passwordHash: await hashPassword(input.newPassword) } });
  const ended = await revokeOtherSessions(staff.id, keepToken);
  await audit(staff.id, "user.password", `user:${staff.id}`, { endedSessions: ended });
  return { ok: true, message: ended ? `Пароль изменён. Завершено других сеансов: ${ended}.` : "Пароль изменён." };
}

export async function endOwnSession(staff: Staff, sessionId: string): Promise<ProfileResult> {
  if (!(await revokeOwnSession(staff.id, sessionId))) return { ok: false, message: "Сеанс уже завершён." };
  await audit(staff.id, "session.end", `user:${staff.id}`);
  return { ok: true, message: "Сеанс завершён." };
}

export async function endOtherSessions(staff: Staff, keepToken: string): Promise<ProfileResult> {
  const ended = await revokeOtherSessions(staff.id, keepToken);
  await audit(staff.id, "session.end-others", `user:${staff.id}`, { endedSessions: ended });
  return { ok: true, message: ended ? `Завершено сеансов: ${ended}.` : "Других сеансов нет." };
}
