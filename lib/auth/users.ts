import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit/audit";
import { revokeUserSessions, type Staff } from "@/lib/auth/sessions";
import { createStaffAccount } from "@/lib/auth/staff-accounts";
import { db } from "@/lib/db";
import { ROLES } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";

const role = z.enum(ROLES as [Role, ...Role[]], "Выберите роль.");

export const newUser = z.object({
  email: z.email("Введите адрес электронной почты.").max(254),
  name: z.string().trim().min(1, "Введите имя.").max(120, "Имя длиннее 120 символов."),
  role,
  password: z.string().min(10, "Пароль — не короче 10 символов.").max(1000),
});

export async function listUsers(now = new Date()) {
  const activeSessions = { where: { revokedAt: null, expiresAt: { gt: now } } };
  return db()
    .user.findMany({
      orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        disabledAt: true,
        passwordHash: true,
        _count: { select: { articles: true, sessions: activeSessions } },
      },
    })
    .then((rows) => rows.map(({ passwordHash, ...u }) => ({ ...u, canSignIn: passwordHash !== null })));
}

export async function createUser(staff: Staff, input: z.infer<typeof newUser>): Promise<{ ok: true } | { ok: false; field: string; message: string }> {
  const email = input.email.toLowerCase();
  if (await db().user.findUnique({ where: { email } })) return { ok: false, field: "email", message: "Пользователь с таким email уже есть." };
  const user = await createStaffAccount(db(), { ...input, email });
  await audit(staff.id, "user.create", `user:${user.id}`, { email, role: input.role });
  return { ok: true };
}

async function otherActiveAdministrators(userId: number): Promise<number> {
  return db().user.count({ where: { role: "ADMINISTRATOR", disabledAt: null, passwordHash: { not: null }, id: { not: userId } } });
}

export const roleChange = z.object({ userId: z.coerce.number().int().positive(), role });

export async function changeRole(staff: Staff, userId: number, next: Role): Promise<{ ok: boolean; message: string }> {
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user) return { ok: false, message: "Пользователь не найден." };
  if (user.role === "ADMINISTRATOR" && next !== "ADMINISTRATOR" && (await otherActiveAdministrators(userId)) === 0) {
    return { ok: false, message: "Нельзя лишить прав последнего администратора." };
  }
  await db().user.update({ where: { id: userId }, data: { role: next } });
  await audit(staff.id, "user.role", `user:${userId}`, { from: user.role, to: next });
  return { ok: true, message: "Роль изменена." };
}

/** Disabling ends every session of the account at once. */
export async function setDisabled(staff: Staff, userId: number, disabled: boolean): Promise<{ ok: boolean; message: string }> {
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user) return { ok: false, message: "Пользователь не найден." };
  if (disabled && user.role === "ADMINISTRATOR" && (await otherActiveAdministrators(userId)) === 0) {
    return { ok: false, message: "Нельзя отключить последнего администратора." };
  }
  await db().user.update({ where: { id: userId }, data: { disabledAt: disabled ? new Date() : null } });
  if (disabled) await revokeUserSessions(userId);
  await audit(staff.id, disabled ? "user.disable" : "user.enable", `user:${userId}`, { email: user.email });
  return { ok: true, message: disabled ? "Пользователь отключён." : "Пользователь включён." };
}

/** Signs an account out of every device, e.g. after a lost phone; the account itself stays usable. */
export async function endUserSessions(staff: Staff, userId: number): Promise<{ ok: boolean; message: string }> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return { ok: false, message: "Пользователь не найден." };
  const ended = await revokeUserSessions(userId);
  await audit(staff.id, "user.signout", `user:${userId}`, { email: user.email, endedSessions: ended });
  return { ok: true, message: ended ? `Завершено сеансов: ${ended}.` : "Активных сеансов нет." };
}

export async function auditEntries(limit = 200) {
  return db().auditLog.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, action: true, subject: true, details: true, createdAt: true, user: { select: { name: true } } },
  });
}
