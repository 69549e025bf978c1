import type { AdSlot } from "./types";

type Scheduled = { startsAt: Date | null; endsAt: Date | null };

/** Whether a slot's schedule covers `now` (from inclusive, until exclusive). */
export function isLive({ startsAt, endsAt }: Scheduled, now: Date): boolean {
  return (startsAt === null || startsAt <= now) && (endsAt === null || endsAt > now);
}

/** The next moment after `now` at which some slot starts or stops showing, or null. */
export function nextScheduleChange(slots: readonly Scheduled[], now: Date): Date | null {
  let next: Date | null = null;
  for (const { startsAt, endsAt } of slots) {
    for (const at of [startsAt, endsAt]) if (at && at > now && (next === null || at < next)) next = at;
  }
  return next;
}

/** The slots that may show on a page about `categoryIds` (none: a page about no category). */
export function slotsForPage(slots: readonly AdSlot[] | undefined, categoryIds: readonly number[]): AdSlot[] {
  return (slots ?? []).filter((slot) => slot.categoryIds.length === 0 || slot.categoryIds.some((id) => categoryIds.includes(id)));
}

/** One slot, chosen in proportion to the weights; `random` is in [0, 1). */
export function pickWeighted<T extends { weight: number }>(slots: readonly T[], random: number): T | undefined {
  const total = slots.reduce((sum, s) => sum + Math.max(0, s.weight), 0);
  if (total === 0) return slots[0];
  let point = random * total;
  for (const slot of slots) {
    point -= Math.max(0, slot.weight);
    if (point < 0) return slot;
  }
  return slots.at(-1);
}
