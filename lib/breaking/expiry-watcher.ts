import type { PrismaClient } from "@/lib/generated/prisma/client";

/** setTimeout's longest delay; a later expiry is simply looked at again then. */
const MAX_DELAY_MS = 2_147_483_647;

export type ExpiryWatcher = { reschedule(): void; stop(): void };

/**
 * Calls `onExpiry` when the next «Срочно» item expires, so that cached pages drop the ticker at
 * that moment rather than when their cache lifetime next lets them be re-rendered. Reschedule
 * after every content change: the next expiry may have moved.
 */
export function watchBreakingExpiry(prisma: PrismaClient, onExpiry: () => Promise<void>): ExpiryWatcher {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = async () => {
    const next = await prisma.article.findFirst({
      where: { status: "PUBLISHED", breakingUntil: { gt: new Date() } },
      orderBy: { breakingUntil: "asc" },
      select: { breakingUntil: true },
    });
    clearTimeout(timer);
    if (stopped || !next?.breakingUntil) return;
    const delay = Math.min(MAX_DELAY_MS, next.breakingUntil.getTime() - Date.now() + 50);
    timer = setTimeout(
      () => {
        void onExpiry()
          .catch((error: unknown) => console.error("Expiring breaking news failed:", error))
          .finally(() => void schedule().catch(() => undefined));
      },
      Math.max(0, delay),
    );
    timer.unref();
  };
  return {
    reschedule: () => void schedule().catch((error: unknown) => console.error("Scheduling breaking-news expiry failed:", error)),
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
