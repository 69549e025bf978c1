import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Items stay in «Корзина» this long before they are deleted for good. */
export const TRASH_KEEP_MS = 30 * 24 * 3_600_000;
export const TRASH_PURGE_INTERVAL_MS = 3_600_000;

/**
 * Deletes articles and pages trashed more than 30 days ago (hourly, see startTrashPurge). Child pages go before their parents, which they would block.
 */
export async function purgeExpiredTrash(prisma: PrismaClient, now = new Date()): Promise<{ articles: number; pages: number }> {
  const before = new Date(now.getTime() - TRASH_KEEP_MS);
  return prisma.$transaction(async (tx) => {
    const articles = await tx.article.findMany({ where: { deletedAt: { lt: before } }, select: { id: true, title: true } });
    await tx.article.deleteMany({ where: { id: { in: articles.map((a) => a.id) } } });
    const children = await tx.page.deleteMany({ where: { deletedAt: { lt: before }, parentId: { not: null } } });
    const tops = await tx.page.deleteMany({ where: { deletedAt: { lt: before }, parentId: null, children: { none: {} } } });
    if (articles.length > 0 || children.count + tops.count > 0) {
      await tx.auditLog.create({
        data: {
          userId: null,
          action: "trash.purged",
          subject: "trash",
          details: { articleIds: articles.map((a) => a.id), pages: children.count + tops.count },
        },
      });
    }
    return { articles: articles.length, pages: children.count + tops.count };
  });
}

/** Beside the scheduler: empties «Корзина» of items older than 30 days, hourly. Returns a stop function. */
export function startTrashPurge(prisma: PrismaClient, onError: (error: unknown) => void): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const run = () => {
    if (running) return;
    running = purgeExpiredTrash(prisma)
      .catch(onError)
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(run, TRASH_PURGE_INTERVAL_MS);
  timer.unref();
  run();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
