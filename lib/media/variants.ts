import path from "node:path";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import sharp from "sharp";
import { env } from "@/lib/env";
import { mediaDir } from "./paths";

export const WEBP_QUALITY = 75;
/** 50 megapixels: more than any camera photo a newsroom uploads; a 16,000² PNG of a few hundred KB would take seconds and hundreds of MB. */
export const MAX_INPUT_PIXELS = 50_000_000;

export class ImageTooLargeError extends Error {
  constructor(width: number, height: number) {
    super(`Image of ${width}×${height} pixels is over the ${MAX_INPUT_PIXELS}-pixel limit`);
    this.name = "ImageTooLargeError";
  }
}

export type StoredImage = {
  /** Source dimensions after EXIF orientation. */
  width: number;
  height: number;
  /** Widths actually written, ascending. */
  widths: number[];
};

/**
 * Decodes `source` (any format sharp reads, including SVG) and writes one WebP per
 * requested width to <dataDir>/media/<key>/<width>.webp. Widths larger than the source are
 * skipped (no upscaling); if all are, the source width itself is stored. The variants are
 * rendered into a temporary directory and renamed into place, so a key never holds a partial set.
 */
export async function writeImageVariants(
  key: string,
  source: Buffer | Uint8Array,
  widths: readonly number[],
  options: { dataDir?: string; quality?: number } = {},
): Promise<StoredImage> {
  const dataDir = options.dataDir ?? env().dataDir;
  const quality = options.quality ?? WEBP_QUALITY;
  const finalDir = mediaDir(key, dataDir);

  // Each variant is resized from the source itself rather than from decoded pixels: sharp then
  // renders SVGs and shrinks JPEGs at the target size while loading, which is much faster.
  // The header says how large it is, before anything is decoded.
  const meta = await sharp(source, { failOn: "error", limitInputPixels: false }).metadata();
  if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_INPUT_PIXELS) throw new ImageTooLargeError(meta.width ?? 0, meta.height ?? 0);
  const image = sharp(source, { failOn: "error", limitInputPixels: MAX_INPUT_PIXELS }).rotate();
  const swap = (meta.orientation ?? 1) >= 5;
  const width = swap ? meta.height : meta.width;
  const height = swap ? meta.width : meta.height;
  if (!width || !height) throw new Error(`Cannot read image dimensions for media ${key}`);

  const wanted = [...new Set(widths)].filter((w) => Number.isInteger(w) && w > 0 && w <= width);
  const stored = (wanted.length > 0 ? wanted : [width]).sort((a, b) => a - b);

  const tmpDir = `${finalDir}.tmp-${process.pid}-${Date.now()}`;
  await mkdir(tmpDir, { recursive: true });
  try {
    // One width at a time: memory stays at one decoded image, whatever the number of widths.
    for (const w of stored) {
      const data = await image.clone().resize({ width: w, withoutEnlargement: true }).webp({ quality }).toBuffer();
      await writeFile(path.join(tmpDir, `${w}.webp`), data);
    }
    await rm(finalDir, { recursive: true, force: true });
    await rename(tmpDir, finalDir);
  } catch (error) {
    await rm(tmpDir, { recursive: true, force: true });
    throw error;
  }
  return { width, height, widths: stored };
}

/** Removes every stored width of one image; missing keys are fine. */
export async function deleteImage(key: string, options: { dataDir?: string } = {}): Promise<void> {
  await rm(mediaDir(key, options.dataDir ?? env().dataDir), { recursive: true, force: true });
}
