import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { AdCounter, type AdCounts, type AdEvent } from "./ad-counter";

/** Adds counted impressions and clicks to the daily table, one statement a day; deleted slots match nothing. */
export async function writeAdCounts(prisma: PrismaClient, counts: AdCounts): Promise<void> {
  for (const [day, bySlot] of counts) {
    const ids = [...bySlot.keys()];
    const impressions = ids.map((id) => bySlot.get(id)!.impressions);
    const clicks = ids.map((id) => bySlot.get(id)!.clicks);
    await prisma.$executeRaw(Prisma.sql`
      INSERT INTO "AdDailyStats" ("slotId", "day", "impressions", "clicks")
      SELECT s.id, ${day}::date, v.impressions, v.clicks
      FROM unnest(${ids}::int[], ${impressions}::int[], ${clicks}::int[]) AS v(id, impressions, clicks)
      JOIN "AdSlot" s ON s.id = v.id
      ON CONFLICT ("slotId", "day") DO UPDATE SET
        "impressions" = "AdDailyStats"."impressions" + EXCLUDED."impressions",
        "clicks" = "AdDailyStats"."clicks" + EXCLUDED."clicks"`);
  }
}

export type AdTracking = { record(slotId: number, event: AdEvent): void; flush(): Promise<void>; stop(): Promise<void> };

/**
 * Counts ad events in this process and writes them every `flushMs` (to the database the process
 * has open at that moment, when given a function). The table has no change
 * notification: counting must never invalidate cached pages.
 */
export function trackAds(prisma: PrismaClient | (() => PrismaClient), { flushMs }: { flushMs: number }): AdTracking {
  const client = typeof prisma === "function" ? prisma : () => prisma;
  const counter = new AdCounter();
  let flushing: Promise<void> = Promise.resolve();
  const flush = () => {
    flushing = flushing.then(async () => {
      const counts = counter.drain();
      if (counts.size === 0) return;
      try {
        await writeAdCounts(client(), counts);
      } catch (error) {
        counter.restore(counts);
        console.error("Writing ad counts failed:", error);
      }
    });
    return flushing;
  };
  const timer = setInterval(() => void flush(), flushMs);
  timer.unref();
  return {
    record: (slotId, event) => counter.record(slotId, event),
    flush,
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}
