import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Role } from "../../lib/generated/prisma/enums";
import { createStaffAccount } from "../../lib/auth/staff-accounts";
import { createSession, type Staff } from "../../lib/auth/sessions";
import { setTestRequest } from "./stubs/next-headers";
import { CLIENT_IP_HEADER, sealClientAddress } from "@/lib/security/client-address";

/** One signed-in staff member per role, with the session token the newsroom would set as a cookie. */
export async function createStaff(prisma: PrismaClient, role: Role, tag = ""): Promise<Staff & { token: string }> {
  const account = await createStaffAccount(prisma, {
    email: `${role.toLowerCase()}${tag}@example.kz`,
    name: `${role}${tag}`,
    role,
    password: "пароль-для-теста",
  });
  const { token } = await createSession(account.id, { ip: "127.0.0.1", userAgent: "vitest" });
  return { ...account, token };
}

/** Makes the next calls run as `staff` (or anonymously). */
export function actAs(staff: { token: string } | null): void {
  setTestRequest({ cookies: staff ? { vestnik_session: staff.token } : {}, headers: { [CLIENT_IP_HEADER]: sealClientAddress("127.0.0.1") } });
}

/** A fingerprint of every table's rows: equal before and after means nothing was written. */
export async function databaseFingerprint(prisma: PrismaClient): Promise<string> {
  const tables = await prisma.$queryRawUnsafe<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  const parts: string[] = [];
  for (const { tablename } of tables) {
    const [row] = await prisma.$queryRawUnsafe<{ h: string | null }[]>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${tablename}" t`,
    );
    parts.push(`${tablename}:${row?.h}`);
  }
  return parts.join("\n");
}
