import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { createStaffAccount } from "../../../lib/auth/staff-accounts";

type Account = { email: string; password: string };
export type NewsroomAccounts = { admin: Account; contributor: Account; appEnv: Record<string, string> };

/** The administrator is created by the app itself on first start (from ADMIN_EMAIL/ADMIN_PASSWORD); the contributor here. */
export async function createNewsroomAccounts(prisma: PrismaClient): Promise<NewsroomAccounts> {
  const admin = { email: "chief@vestnik.test", password: "главный-пароль-2026" };
  const contributor = { email: "stringer@vestnik.test", password: "пароль-участника" };
  await createStaffAccount(prisma, { ...contributor, name: "Внештатный автор", role: "CONTRIBUTOR" });
  return { admin, contributor, appEnv: { ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password } };
}
