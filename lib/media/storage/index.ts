import path from "node:path";
import { env } from "@/lib/env";
import { mediaRoot } from "../paths";
import { localStorage } from "./local-storage";
import { s3Storage } from "./s3-storage";
import type { MediaStorage } from "./types";

export { localStorage } from "./local-storage";
export { IMMUTABLE, s3Storage } from "./s3-storage";
export { contentTypeOf, type MediaStorage, type ObjectFile, type StoredObject } from "./types";

let configured: MediaStorage | undefined;

/** The site's media storage, chosen once from the environment: S3 when S3_* are set, else DATA_DIR/media. */
export function mediaStorage(): MediaStorage {
  configured ??= env().s3 ? s3Storage(env().s3!) : localStorage(mediaRoot());
  return configured;
}

/**
 * The storage behind a `dataDir` option of the media functions: the site's own when it is
 * unset or the site's DATA_DIR (the seed and the WordPress import pass it), files under any
 * other directory (tests, benchmarks).
 */
export function storageFor(dataDir: string | undefined): MediaStorage {
  if (dataDir === undefined || path.resolve(dataDir) === env().dataDir) return mediaStorage();
  return localStorage(mediaRoot(dataDir));
}
