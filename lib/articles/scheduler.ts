import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Publishes scheduled articles whose time has come, exactly once however many instances run
 * the scheduler: the due rows are claimed with FOR UPDATE SKIP LOCKED and switched in the same
 * statement, so a second instance finds them taken or already published. Readers see only
 * PUBLISHED articles, and the status change fires the database's change notification.
 */
export async function publishDueArticles(prisma: PrismaClient, now = new Date()): Promise<number[]> {
  return prisma.$transaction(async (tx) => {
    const published = await tx.$queryRaw<{ id: number; slug: string }[]>`
      UPDATE "Article" a SET status = 'PUBLISHED'
      FROM (
        SELECT id FROM "Article"
        WHERE status = 'SCHEDULED' AND "publishedAt" <= ${now}
        ORDER BY id
        FOR UPDATE SKIP LOCKED
      ) due
      WHERE a.id = due.id AND a.status = 'SCHEDULED'
      RETURNING a.id, a.slug`;
    if (published.length === 0) return [];
    await tx.auditLog.createMany({
      data: published.map((a) => ({ userId: null, action: "article.published-on-schedule", subject: `article:${a.id}`, details: { slug: a.slug } })),
    });
    return published.map((a) => a.id).sort((a, b) => a - b);
  });
}

export const SCHEDULER_INTERVAL_MS = 2_000;

/**
 * The in-app scheduler: no cron needed. `onRun` hears of every run that went through. Returns a
 * function that stops it and resolves once a run under way has finished (before the database closes).
 */
export function startScheduler(prisma: PrismaClient, onError: (error: unknown) => void, onRun?: (published: number[]) => void): () => Promise<void> {
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = publishDueArticles(prisma)
      .then((published) => onRun?.(published))
      .catch(onError)
      .finally(() => {
        running = undefined;
      });
  }, SCHEDULER_INTERVAL_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
