import type { PrismaClient } from "@/lib/generated/prisma/client";
import { nextScheduleChange } from "./select";

/** setTimeout's longest delay; a later change is simply looked at again then. */
const MAX_DELAY_MS = 2_147_483_647;

export type AdScheduleWatcher = { reschedule(): void; stop(): void };

/**
 * Calls `onChange` when the next ad slot starts or stops showing, so that cached pages (and the
 * ads' cached read) change at that moment. Scheduled at once; reschedule after every change to
 * the ads, since the next moment may have moved.
 */
export function watchAdSchedule(prisma: PrismaClient, onChange: () => Promise<void>): AdScheduleWatcher {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = async () => {
    const now = new Date();
    const slots = await prisma.adSlot.findMany({
      where: { active: true, OR: [{ startsAt: { gt: now } }, { endsAt: { gt: now } }] },
      select: { startsAt: true, endsAt: true },
    });
    clearTimeout(timer);
    const next = nextScheduleChange(slots, now);
    if (stopped || !next) return;
    timer = setTimeout(
      () => {
        void onChange()
          .catch((error: unknown) => console.error("Changing scheduled ads failed:", error))
          .finally(() => void schedule().catch(() => undefined));
      },
      Math.max(0, Math.min(MAX_DELAY_MS, next.getTime() - Date.now() + 50)),
    );
    timer.unref();
  };
  const reschedule = () => void schedule().catch((error: unknown) => console.error("Scheduling ads failed:", error));
  reschedule();
  return {
    reschedule,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
