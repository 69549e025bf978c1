import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { MailMessage } from "./message";

type Db = Prisma.TransactionClient | PrismaClient;

/**
 * Queues mails. Called inside the transaction of the change they tell of, so that a change is
 * never committed without its mail nor a mail queued for a change rolled back.
 */
export async function enqueueMail(tx: Db, messages: MailMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await tx.emailOutbox.createMany({
    data: messages.map((m) => ({
      to: m.to,
      subject: m.subject,
      text: m.text,
      html: m.html,
      kind: m.kind,
      headers: m.headers ?? {},
      dedupeKey: m.dedupeKey ?? null,
    })),
    skipDuplicates: true,
  });
}

export type QueuedMail = { id: number; to: string; subject: string; text: string; html: string; headers: Record<string, string>; attempts: number };

/**
 * Takes up to `limit` due mails for this process: they are locked with SKIP LOCKED while their
 * next attempt is moved `leaseMs` ahead, so another instance neither waits for them nor takes
 * them while this one is sending. A process that dies while sending leaves them to be retried
 * when the lease runs out.
 */
export async function claimDueMail(prisma: PrismaClient, now: Date, leaseMs: number, limit = 20): Promise<QueuedMail[]> {
  return prisma.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: number }[]>`
      SELECT id FROM "EmailOutbox"
      WHERE "sentAt" IS NULL AND "failedAt" IS NULL AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    if (due.length === 0) return [];
    const ids = due.map((d) => d.id);
    await tx.emailOutbox.updateMany({ where: { id: { in: ids } }, data: { nextAttemptAt: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } } });
    const rows = await tx.emailOutbox.findMany({
      where: { id: { in: ids } },
      orderBy: { id: "asc" },
      select: { id: true, to: true, subject: true, text: true, html: true, headers: true, attempts: true },
    });
    return rows.map((r) => ({ ...r, headers: (r.headers ?? {}) as Record<string, string> }));
  });
}

export async function markSent(prisma: PrismaClient, id: number, now: Date): Promise<void> {
  await prisma.emailOutbox.update({ where: { id }, data: { sentAt: now, lastError: null } });
}

/** A failed attempt: tried again at `retryAt`, or never again when it is null. */
export async function markFailed(prisma: PrismaClient, id: number, error: string, retryAt: Date | null, now: Date): Promise<void> {
  await prisma.emailOutbox.update({
    where: { id },
    data: { lastError: error.slice(0, 1000), ...(retryAt ? { nextAttemptAt: retryAt } : { failedAt: now }) },
  });
}

/** Gives claimed mails back untried: the attempt they were counted is taken back. */
export async function releaseMail(prisma: PrismaClient, ids: number[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await prisma.emailOutbox.updateMany({ where: { id: { in: ids } }, data: { nextAttemptAt: at, attempts: { decrement: 1 } } });
}
