import "server-only";
import type { Staff } from "@/lib/auth/sessions";
import { db } from "@/lib/db";

/** The open editor's heartbeat comes every ~20 s; a lock not refreshed for this long is free. */
export const LOCK_STALE_MS = 60_000;

export type LockState = { held: true } | { held: false; holder: string; takenOver: boolean };

/** What the previous holder is told, at their next heartbeat and when they try to save. */
export function lockMessage(state: Extract<LockState, { held: false }>): string {
  return state.takenOver ? `${state.holder} перехватил(а) редактирование` : `Статью редактирует ${state.holder}`;
}

/**
 * Takes or refreshes `staff`'s lock on the article: it is theirs when free, stale or already
 * theirs, or when they take it over (the holder then learns it at their next heartbeat).
 */
export async function heartbeatLock(staff: Staff, articleId: number, takeOver: boolean, now = new Date()): Promise<LockState> {
  const staleBefore = new Date(now.getTime() - LOCK_STALE_MS);
  const taken = await db().$queryRaw<{ userId: number }[]>`
    INSERT INTO "ArticleLock" ("articleId", "userId", "heartbeatAt") VALUES (${articleId}, ${staff.id}, ${now})
    ON CONFLICT ("articleId") DO UPDATE SET
      "userId" = EXCLUDED."userId",
      "heartbeatAt" = EXCLUDED."heartbeatAt",
      "takenFromId" = CASE
        WHEN "ArticleLock"."userId" = EXCLUDED."userId" THEN "ArticleLock"."takenFromId"
        WHEN ${takeOver} THEN "ArticleLock"."userId"
        ELSE NULL END
    WHERE "ArticleLock"."userId" = EXCLUDED."userId" OR "ArticleLock"."heartbeatAt" < ${staleBefore} OR ${takeOver}
    RETURNING "userId"`;
  if (taken.length > 0) return { held: true };
  return (await otherHolder(staff, articleId, now)) ?? { held: true };
}

/** Someone else's live lock on the article, or null when `staff` may save it. */
export async function otherHolder(staff: Staff, articleId: number, now = new Date()): Promise<Extract<LockState, { held: false }> | null> {
  const lock = await db().articleLock.findUnique({ where: { articleId }, include: { user: { select: { name: true } } } });
  if (!lock || lock.userId === staff.id || lock.heartbeatAt.getTime() < now.getTime() - LOCK_STALE_MS) return null;
  return { held: false, holder: lock.user.name, takenOver: lock.takenFromId === staff.id };
}

/** The article as the lock route checks it: who may edit it, and whether it is in the trash. */
export function articleForLock(articleId: number) {
  return db().article.findUnique({ where: { id: articleId }, select: { id: true, authorId: true, status: true, deletedAt: true } });
}

/** Leaving the editor frees the article at once rather than after a minute. */
export async function releaseLock(staff: Staff, articleId: number): Promise<void> {
  await db().articleLock.deleteMany({ where: { articleId, userId: staff.id } });
}
