/** One stored object: an image variant at `<mediaKey>/<width>.<ext>`. */
export type StoredObject = { body: Buffer; contentType: string; etag: string; size: number };

export type ObjectFile = { name: string; body: Uint8Array; contentType: string };

/**
 * Where image variants live: the local DATA_DIR/media (the default) or an S3-compatible bucket.
 * Object keys are paths relative to the media root, such as `u1a2b-c3d4/960.webp`.
 */
export interface MediaStorage {
  readonly kind: "local" | "s3";
  /** Human-readable place, for messages. */
  readonly label: string;
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  /** Replaces everything under `prefix/` with `files` (named relative to the prefix). */
  replace(prefix: string, files: readonly ObjectFile[]): Promise<void>;
  get(key: string): Promise<StoredObject | null>;
  /** The object's size in bytes, or null when it is missing. */
  size(key: string): Promise<number | null>;
  /** Removes `prefix/` and everything under it. */
  deletePrefix(prefix: string): Promise<void>;
  /** Every object, with its size. */
  list(): AsyncIterable<{ key: string; size: number }>;
  /** Where readers fetch the object directly (a CDN); null when the app serves it. */
  publicUrl(key: string): string | null;
}

export function contentTypeOf(key: string): string {
  if (key.endsWith(".webp")) return "image/webp";
  if (key.endsWith(".jpg")) return "image/jpeg";
  return "application/octet-stream";
}
