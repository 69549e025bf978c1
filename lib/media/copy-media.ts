import type { MediaStorage } from "./storage";

export type CopyProgress = { done: number; total: number; copied: number };

/**
 * Copies every object of `from` to `to`, skipping what `to` already holds at the same size, so a
 * run that was interrupted (or repeated) only copies what is missing. Returns what it did.
 */
export async function copyMedia(
  from: MediaStorage,
  to: MediaStorage,
  onProgress: (progress: CopyProgress) => void = () => {},
): Promise<{ total: number; copied: number; skipped: number }> {
  const present = new Map<string, number>();
  for await (const { key, size } of to.list()) present.set(key, size);
  const objects: { key: string; size: number }[] = [];
  for await (const object of from.list()) objects.push(object);

  let done = 0;
  let copied = 0;
  onProgress({ done, total: objects.length, copied });
  for (const { key, size } of objects) {
    if (present.get(key) !== size) {
      const object = await from.get(key);
      // Removed from the source since it was listed: nothing to copy.
      if (object) {
        await to.put(key, object.body, object.contentType);
        copied++;
      }
    }
    done++;
    onProgress({ done, total: objects.length, copied });
  }
  return { total: objects.length, copied, skipped: objects.length - copied };
}
