import sharp from "sharp";
import { isValidMediaKey } from "./paths";
import { storageFor, type MediaStorage, type ObjectFile } from "./storage";

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

/** Which storage a media function works on: `storage`, else the site's (see storageFor for `dataDir`). */
export type StorageOption = { dataDir?: string; storage?: MediaStorage };

export function resolveStorage(options: StorageOption): MediaStorage {
  return options.storage ?? storageFor(options.dataDir);
}

/**
 * Decodes `source` (any format sharp reads, including SVG) and stores one WebP per requested
 * width as <key>/<width>.webp in the media storage (DATA_DIR/media or the bucket). Widths larger
 * than the source are skipped (no upscaling); if all are, the source width itself is stored.
 * The set replaces any earlier one under the key as a whole.
 */
export async function writeImageVariants(
  key: string,
  source: Buffer | Uint8Array,
  widths: readonly number[],
  options: StorageOption & { quality?: number } = {},
): Promise<StoredImage> {
  if (!isValidMediaKey(key)) throw new Error(`Invalid media key: ${JSON.stringify(key)}`);
  const quality = options.quality ?? WEBP_QUALITY;
  const storage = resolveStorage(options);

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

  // One width at a time: memory stays at one decoded image (and the small encoded WebPs).
  const files: ObjectFile[] = [];
  for (const w of stored) {
    const data = await image.clone().resize({ width: w, withoutEnlargement: true }).webp({ quality }).toBuffer();
    files.push({ name: `${w}.webp`, body: data, contentType: "image/webp" });
  }
  await storage.replace(key, files);
  return { width, height, widths: stored };
}

/** Removes every stored width of one image; missing keys are fine. */
export async function deleteImage(key: string, options: StorageOption = {}): Promise<void> {
  if (!isValidMediaKey(key)) throw new Error(`Invalid media key: ${JSON.stringify(key)}`);
  await resolveStorage(options).deletePrefix(key);
}
