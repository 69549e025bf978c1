import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { TAGS } from "@/lib/cache/tags";
import { adSourcesOf, registerAdSources } from "@/lib/security/ad-sources";
import { prepareAdHtml } from "./ad-code";
import { ADS_SETTING_KEY, parseAdSettings, type AdSettings } from "./ad-settings";
import { isLive } from "./select";
import type { ActiveAds } from "./types";

export type AdSetup = { slots: ActiveAds; counters: Pick<AdSettings, "headCode" | "bodyCode"> };

/**
 * The slots switched on and scheduled for now, by placement, and the counters' code. Cached
 * until the ads change or a slot's schedule starts or ends (lib/ads/schedule-watcher.ts expires
 * `ads` then).
 */
export async function getActiveAds(): Promise<AdSetup> {
  "use cache";
  cacheLife("max");
  cacheTag(TAGS.site, TAGS.ads);
  const [rows, setting] = await Promise.all([
    db().adSlot.findMany({
      where: { active: true },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: {
        id: true,
        placement: true,
        name: true,
        imageUrl: true,
        linkUrl: true,
        html: true,
        weight: true,
        afterNth: true,
        categoryIds: true,
        startsAt: true,
        endsAt: true,
        scriptHashes: true,
      },
    }),
    db().setting.findUnique({ where: { key: ADS_SETTING_KEY }, select: { value: true } }),
  ]);
  const settings = parseAdSettings(setting?.value);
  const now = new Date();
  const live = rows.filter((row) => isLive(row, now) && (row.html || row.imageUrl));
  const slots: ActiveAds = {};
  for (const { startsAt: _s, endsAt: _e, scriptHashes: _h, ...slot } of live) {
    (slots[slot.placement] ??= []).push({ ...slot, html: slot.html && prepareAdHtml(slot.html, slot.id) });
  }
  // Runs again whenever the ads change (their tag expires), so reader pages' policy follows them.
  registerAdSources(
    adSourcesOf([...live.flatMap((slot) => (slot.html ? [slot.html] : [])), settings.headCode, settings.bodyCode], settings.extraOrigins, [
      ...live.flatMap((slot) => slot.scriptHashes),
      ...settings.scriptHashes,
    ]),
  );
  return { slots, counters: { headCode: settings.headCode, bodyCode: settings.bodyCode } };
}
