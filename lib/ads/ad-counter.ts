export type AdEvent = "impressions" | "clicks";

/** Per UTC day, per slot: impressions and clicks. */
export type AdCounts = Map<string, Map<number, { impressions: number; clicks: number }>>;

/**
 * Ad impressions and clicks gathered in memory until the next flush, as article views are
 * (lib/views/view-counter.ts): counting costs a map update, not a database write.
 */
export class AdCounter {
  private counts: AdCounts = new Map();

  record(slotId: number, event: AdEvent, at = new Date(), n = 1): void {
    const day = at.toISOString().slice(0, 10);
    let bySlot = this.counts.get(day);
    if (!bySlot) this.counts.set(day, (bySlot = new Map()));
    const entry = bySlot.get(slotId) ?? { impressions: 0, clicks: 0 };
    entry[event] += n;
    bySlot.set(slotId, entry);
  }

  drain(): AdCounts {
    const counts = this.counts;
    this.counts = new Map();
    return counts;
  }

  /** Puts back counts a failed flush could not write. */
  restore(counts: AdCounts): void {
    for (const [day, bySlot] of counts) {
      const at = new Date(`${day}T12:00:00Z`);
      for (const [slotId, { impressions, clicks }] of bySlot) {
        this.record(slotId, "impressions", at, impressions);
        this.record(slotId, "clicks", at, clicks);
      }
    }
  }
}
