import path from "node:path";
import sharp from "sharp";
import { env } from "@/lib/env";
import { concurrencyLimit } from "@/lib/util/concurrency-limit";
import { mediaDir, variantObjectKey } from "./paths";
import { resolveStorage, type StorageOption } from "./variants";

export const JPEG_QUALITY = 82;

/** <dataDir>/media/<key>/<width>.jpg, beside the WebP it is made from (local storage). */
export function mediaJpegFile(key: string, width: number, dataDir: string = env().dataDir): string {
  return path.join(mediaDir(key, dataDir), `${width}.jpg`);
}

// A feed rebuilt after a change may ask for thirty at once; the site keeps serving meanwhile.
const converting = concurrencyLimit(2);

/**
 * The JPEG of a stored width, for the clients that take no WebP (VK, Telegram's older apps,
 * Дзен): made from the WebP the first time it is asked for and kept beside it in the media
 * storage, so it costs one conversion per image and width. Null when that width is not stored.
 */
export async function jpegVariant(key: string, width: number, options: StorageOption = {}): Promise<Buffer | null> {
  const storage = resolveStorage(options);
  const target = variantObjectKey(key, width, "jpg");
  const existing = await storage.get(target);
  if (existing) return existing.body;
  return converting(async () => {
    const again = await storage.get(target);
    if (again) return again.body;
    const webp = await storage.get(variantObjectKey(key, width));
    if (!webp) return null;
    // JPEG has no transparency: transparent parts become white, as they look on the site.
    const jpeg = await sharp(webp.body).flatten({ background: "#ffffff" }).jpeg({ quality: JPEG_QUALITY, mozjpeg: true }).toBuffer();
    await storage.put(target, jpeg, "image/jpeg");
    return jpeg;
  });
}

/** The JPEG's size in bytes (making it if needed), for a feed's <enclosure length>; null when the width is not stored. */
export async function jpegVariantBytes(key: string, width: number, options: StorageOption = {}): Promise<number | null> {
  const storage = resolveStorage(options);
  return (await storage.size(variantObjectKey(key, width, "jpg"))) ?? (await jpegVariant(key, width, { storage }))?.byteLength ?? null;
}
