import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** One line of the audit log: who did what to which thing. */
export async function audit(
  userId: number | null,
  action: string,
  subject: string,
  details: Prisma.InputJsonObject = {},
  client: Pick<Prisma.TransactionClient, "auditLog"> = db(),
): Promise<void> {
  await client.auditLog.create({ data: { userId, action, subject, details } });
}
