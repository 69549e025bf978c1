import "server-only";

/**
 * The request's body, read as it streams in and abandoned as soon as it passes `limit` bytes
 * (null then): Content-Length can be absent (chunked) or false.
 */
export async function readBodyWithin(request: Request, limit: number): Promise<Uint8Array | null> {
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

const uploading = new Map<number, number>();

/** Runs `task` unless `userId` already has `limit` uploads in progress (null then). */
export async function withUploadSlot<T>(userId: number, task: () => Promise<T>, limit = 2): Promise<T | null> {
  const current = uploading.get(userId) ?? 0;
  if (current >= limit) return null;
  uploading.set(userId, current + 1);
  try {
    return await task();
  } finally {
    const left = (uploading.get(userId) ?? 1) - 1;
    if (left > 0) uploading.set(userId, left);
    else uploading.delete(userId);
  }
}
