import path from "node:path";
import { env } from "@/lib/env";

/** Media keys are single path segments: lowercase letters, digits, '-' and '_'. */
const KEY_PATTERN = /^[a-z0-9][a-z0-9_-]{0,127}$/;

export function isValidMediaKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

function assertKey(key: string): void {
  if (!isValidMediaKey(key)) throw new Error(`Invalid media key: ${JSON.stringify(key)}`);
}

/** <dataDir>/media */
export function mediaRoot(dataDir: string = env().dataDir): string {
  return path.join(dataDir, "media");
}

/** <dataDir>/media/<key> — the directory holding every width of one image. */
export function mediaDir(key: string, dataDir: string = env().dataDir): string {
  assertKey(key);
  return path.join(mediaRoot(dataDir), key);
}

/** <dataDir>/media/<key>/<width>.webp */
export function mediaFile(key: string, width: number, dataDir: string = env().dataDir): string {
  return path.join(mediaDir(key, dataDir), `${width}.webp`);
}

/** The storage object of one variant: <key>/<width>.webp (or .jpg), under DATA_DIR/media or in the bucket. */
export function variantObjectKey(key: string, width: number, format: "webp" | "jpg" = "webp"): string {
  assertKey(key);
  return `${key}/${width}.${format}`;
}

/** Public URL of one variant: /media/<key>/<width>.webp */
export function mediaUrl(key: string, width: number): string {
  assertKey(key);
  return `/media/${key}/${width}.webp`;
}

/** The width social previews and feeds ask for: what VK, Telegram and Facebook show at most. */
export const PREVIEW_WIDTH = 1200;

/** The stored width closest to (and not below, if possible) the wanted display width. */
export function pickWidth(widths: readonly number[], wanted: number): number {
  const sorted = [...widths].sort((a, b) => a - b);
  const largest = sorted.at(-1);
  if (largest === undefined) throw new Error("Media has no stored widths");
  return sorted.find((w) => w >= wanted) ?? largest;
}
