import type { DbConnection } from "@/lib/db/open";
import { parseChange, tagsForChange } from "./changes";
import { TAGS } from "./tags";

export const CHANGE_CHANNEL = "vestnik_cache";

export type ListenerOptions = {
  /** Changes arriving within this window cost one invalidation. */
  batchMs?: number;
  /** Reconnection delays: doubling from `minRetryMs` up to `maxRetryMs`. */
  minRetryMs?: number;
  maxRetryMs?: number;
  /** Told when the listening session is lost and when it is back (logs, tests). */
  onStatus?: (status: "lost" | "listening", detail?: unknown) => void;
};

/**
 * Listens for the database's change notifications (see the change_payloads migration) and hands
 * the cache tags they expire to `invalidate`, batched over `batchMs`.
 *
 * The listening session heals itself: when it is lost (database restart, network cut) it is
 * opened again with backoff, and since changes made meanwhile were never announced, everything
 * is invalidated once it is back.
 */
export async function listenForChanges(
  connection: Pick<DbConnection, "listen">,
  invalidate: (tags: string[]) => Promise<void>,
  { batchMs = 5, minRetryMs = 100, maxRetryMs = 2_000, onStatus }: ListenerOptions = {},
): Promise<() => Promise<void>> {
  const pending = new Set<string>();
  let batchTimer: NodeJS.Timeout | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let stopListening: (() => Promise<void>) | undefined;
  let stopped = false;
  let retryMs = minRetryMs;

  const flush = () => {
    batchTimer = undefined;
    const tags = [...pending];
    pending.clear();
    if (tags.length === 0) return;
    invalidate(tags).catch((error: unknown) => {
      console.error("Cache invalidation failed, retrying:", error);
      for (const tag of tags) pending.add(tag);
      batchTimer ??= setTimeout(flush, 250);
    });
  };
  const enqueue = (tags: string[]) => {
    for (const tag of tags) pending.add(tag);
    if (pending.size > 0) batchTimer ??= setTimeout(flush, batchMs);
  };
  const onNotify = (payload: string) => {
    const change = parseChange(payload);
    if (change) enqueue(tagsForChange(change));
  };

  const subscribe = async (reconnecting: boolean) => {
    stopListening = await connection.listen(CHANGE_CHANNEL, onNotify, (error) => {
      stopListening = undefined;
      onStatus?.("lost", error);
      scheduleRetry();
    });
    retryMs = minRetryMs;
    onStatus?.("listening");
    if (reconnecting) enqueue([TAGS.site]);
  };
  const scheduleRetry = () => {
    if (stopped || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      if (stopped) return;
      subscribe(true).catch(() => {
        retryMs = Math.min(maxRetryMs, retryMs * 2);
        scheduleRetry();
      });
    }, retryMs);
    retryTimer.unref();
  };

  await subscribe(false);
  return async () => {
    stopped = true;
    clearTimeout(retryTimer);
    clearTimeout(batchTimer);
    await stopListening?.();
  };
}
