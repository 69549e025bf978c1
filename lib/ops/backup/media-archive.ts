import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { copyMedia } from "@/lib/media/copy-media";
import { localStorage, type MediaStorage } from "@/lib/media/storage";

/** Keys of every stored object, one a line: what a backup records when the images stay in S3. */
export async function writeMediaList(storage: MediaStorage, file: string): Promise<number> {
  const keys: string[] = [];
  for await (const { key } of storage.list()) keys.push(key);
  keys.sort();
  await writeFile(file, keys.map((k) => `${k}\n`).join(""));
  return keys.length;
}

export async function countObjects(storage: MediaStorage): Promise<number> {
  let n = 0;
  for await (const _ of storage.list()) n++;
  return n;
}

/**
 * Puts the backup's media/ (unpacked in `unpacked`) in the site's storage: local media is
 * replaced by renaming the directory into place; a bucket gets the files copied in.
 */
export async function restoreMediaFiles(unpacked: string, storage: MediaStorage, mediaRoot: string): Promise<number> {
  const source = localStorage(unpacked);
  if (storage.kind === "s3") return (await copyMedia(source, storage)).total;
  const count = await countObjects(source);
  await mkdir(path.dirname(mediaRoot), { recursive: true });
  await rm(mediaRoot, { recursive: true, force: true });
  await rename(unpacked, mediaRoot);
  return count;
}
