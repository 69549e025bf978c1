import path from "node:path";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import sharp from "sharp";
import { env } from "@/lib/env";
import { concurrencyLimit } from "@/lib/util/concurrency-limit";
import { mediaDir, mediaFile } from "./paths";

export const JPEG_QUALITY = 82;

/** <dataDir>/media/<key>/<width>.jpg, beside the WebP it is made from. */
export function mediaJpegFile(key: string, width: number, dataDir: string = env().dataDir): string {
  return path.join(mediaDir(key, dataDir), `${width}.jpg`);
}

// A feed rebuilt after a change may ask for thirty at once; the site keeps serving meanwhile.
const converting = concurrencyLimit(2);

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * The JPEG of a stored width, for the clients that take no WebP (VK, Telegram's older apps,
 * Дзен): made from the WebP the first time it is asked for and kept beside it, so it costs
 * one conversion per image and width. Null when that width is not stored.
 */
export async function jpegVariant(key: string, width: number, options: { dataDir?: string } = {}): Promise<Buffer | null> {
  const dataDir = options.dataDir ?? env().dataDir;
  const target = mediaJpegFile(key, width, dataDir);
  const existing = await readIfExists(target);
  if (existing) return existing;
  return converting(async () => {
    const again = await readIfExists(target);
    if (again) return again;
    const webp = await readIfExists(mediaFile(key, width, dataDir));
    if (!webp) return null;
    // JPEG has no transparency: transparent parts become white, as they look on the site.
    const jpeg = await sharp(webp).flatten({ background: "#ffffff" }).jpeg({ quality: JPEG_QUALITY, mozjpeg: true }).toBuffer();
    const temporary = `${target}.tmp-${process.pid}-${Date.now()}`;
    await mkdir(path.dirname(target), { recursive: true });
    try {
      await writeFile(temporary, jpeg);
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return jpeg;
  });
}

/** The JPEG's size in bytes (making it if needed), for a feed's <enclosure length>; null when the width is not stored. */
export async function jpegVariantBytes(key: string, width: number, options: { dataDir?: string } = {}): Promise<number | null> {
  const dataDir = options.dataDir ?? env().dataDir;
  try {
    return (await stat(mediaJpegFile(key, width, dataDir))).size;
  } catch {
    return (await jpegVariant(key, width, { dataDir }))?.byteLength ?? null;
  }
}
