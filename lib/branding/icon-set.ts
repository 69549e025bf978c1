import "server-only";
import { pickWidth, readImageVariant } from "@/lib/media";
import { logoImage } from "@/lib/og/social-card";
import { generateIconSet, ICON_SOURCE_MIN, type IconSet } from "./icons";
import type { Branding } from "./types";

let current: { version: string; icons: Promise<IconSet> } | undefined;

/** The uploaded square image at the stored width nearest 512 px; without one (or its file), the site's initial on its colour. */
async function iconSource(branding: Branding): Promise<Uint8Array> {
  if (branding.icon) {
    // Deleted from storage behind the library's back: the default keeps /favicon.ico answering.
    const stored = await readImageVariant(branding.icon.key, pickWidth(branding.icon.widths, ICON_SOURCE_MIN)).catch(() => null);
    if (stored) return stored;
  }
  return new Uint8Array(await (await logoImage(branding.name)).arrayBuffer());
}

/**
 * The icons of the current branding, made once per version (about 100 ms) and held in memory:
 * a few tens of kilobytes, replaced when the branding changes.
 */
export function iconSetFor(branding: Branding): Promise<IconSet> {
  if (current?.version !== branding.version) {
    const icons = iconSource(branding).then(generateIconSet);
    current = { version: branding.version, icons };
    icons.catch(() => {
      if (current?.icons === icons) current = undefined;
    });
  }
  return current.icons;
}
