import "server-only";
import { createHash } from "node:crypto";
import { BRANDING_SETTING_KEY } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { parseStoredBranding } from "./stored";
import type { BrandImage, Branding, BrandingSettings } from "./types";

/** The stored settings (the defaults while nothing is saved). */
export async function readBrandingSettings(): Promise<BrandingSettings> {
  const row = await db().setting.findUnique({ where: { key: BRANDING_SETTING_KEY }, select: { value: true } });
  return parseStoredBranding(row?.value, env().SITE_NAME);
}

export function brandingVersion(branding: Omit<Branding, "version">): string {
  return createHash("sha256").update(JSON.stringify(branding)).digest("base64url").slice(0, 10);
}

/** The branding with its images; an image deleted from the library is simply absent. */
export async function readBranding(): Promise<Branding> {
  const { logoLightId, logoDarkId, iconId, ...settings } = await readBrandingSettings();
  const ids = [logoLightId, logoDarkId, iconId].filter((id) => id !== null);
  const rows: BrandImage[] = ids.length
    ? await db().media.findMany({ where: { id: { in: ids } }, select: { id: true, key: true, width: true, height: true, widths: true } })
    : [];
  const image = (id: number | null) => rows.find((r) => r.id === id) ?? null;
  const branding = { ...settings, logoLight: image(logoLightId), logoDark: image(logoDarkId), icon: image(iconId) };
  return { ...branding, version: brandingVersion(branding) };
}
