import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { TAGS } from "@/lib/cache/tags";
import { adSourcesOf, registerAdSources } from "@/lib/security/ad-sources";
import type { AdSlot } from "./types";

export type AdsByPlacement = Partial<Record<AdSlot["placement"], AdSlot>>;

/** The first active slot of each placement. */
export async function getActiveAds(): Promise<AdsByPlacement> {
  "use cache";
  cacheLife("max");
  cacheTag(TAGS.site, TAGS.ads);
  const rows = await db().adSlot.findMany({
    where: { active: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, placement: true, name: true, imageUrl: true, linkUrl: true, html: true },
  });
  const result: AdsByPlacement = {};
  for (const row of rows) result[row.placement] ??= row;
  // Runs again whenever the ads change (their tag expires), so reader pages' policy follows them.
  registerAdSources(
    adSourcesOf(
      Object.values(result).flatMap((slot) => (slot?.html ? [slot.html] : [])),
      [],
    ),
  );
  return result;
}
