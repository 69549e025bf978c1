import { variantObjectKey } from "./paths";
import { resolveStorage, type StorageOption } from "./variants";

/** The WebP bytes of one stored width, wherever media is stored; null when it is missing. */
export async function readImageVariant(key: string, width: number, options: StorageOption = {}): Promise<Buffer | null> {
  return (await resolveStorage(options).get(variantObjectKey(key, width)))?.body ?? null;
}
