import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Publishes scheduled articles whose time has come. Readers see only PUBLISHED articles, and the
 * status change fires the database's change notification, which refreshes every cached page.
 */
export async function publishDueArticles(prisma: PrismaClient, now = new Date()): Promise<number[]> {
  return prisma.$transaction(async (tx) => {
    const due = await tx.article.findMany({
      where: { status: "SCHEDULED", publishedAt: { lte: now } },
      select: { id: true, slug: true },
    });
    if (due.length === 0) return [];
    const ids = due.map((a) => a.id);
    await tx.article.updateMany({ where: { id: { in: ids }, status: "SCHEDULED" }, data: { status: "PUBLISHED" } });
    await tx.auditLog.createMany({
      data: due.map((a) => ({ userId: null, action: "article.published-on-schedule", subject: `article:${a.id}`, details: { slug: a.slug } })),
    });
    return ids;
  });
}

export const SCHEDULER_INTERVAL_MS = 2_000;

/** The in-app scheduler: no cron needed. Returns a function that stops it. */
export function startScheduler(prisma: PrismaClient, onError: (error: unknown) => void): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    publishDueArticles(prisma)
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, SCHEDULER_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
