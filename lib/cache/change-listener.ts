import type { DbConnection } from "@/lib/db/open";
import { TAGS } from "./tags";

export const CHANGE_CHANNEL = "vestnik_cache";

/** Which cached reads each table feeds. */
const TAGS_BY_TABLE: Record<string, string[]> = {
  Article: [TAGS.articles],
  ArticleTag: [TAGS.articles],
  Tag: [TAGS.articles],
  User: [TAGS.articles],
  Media: [TAGS.articles],
  Category: [TAGS.categories, TAGS.articles],
  AdSlot: [TAGS.ads],
  // Only approved comments are announced; they change the thread and the counts in lists.
  Comment: [TAGS.articles],
};

export function tagsForTables(tables: Iterable<string>): string[] {
  const tags = new Set<string>();
  for (const table of tables) for (const tag of TAGS_BY_TABLE[table] ?? []) tags.add(tag);
  return [...tags];
}

/**
 * Listens for the database's change notifications (see the cache_notifications migration) and
 * hands the affected cache tags to `invalidate`, batched over `batchMs` so that a transaction
 * touching several tables costs one invalidation.
 *
 * Each batch is invalidated again after each of `settleMs`: Next stamps a cache entry when it
 * stores it, not when its render read the data, so a render that read before the change but
 * stored after the first invalidation would otherwise stay cached until the next change.
 */
export async function listenForChanges(
  connection: Pick<DbConnection, "listen">,
  invalidate: (tags: string[]) => Promise<void>,
  { batchMs = 20, settleMs = [250, 750] }: { batchMs?: number; settleMs?: number[] } = {},
): Promise<() => Promise<void>> {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const tags = tagsForTables(pending);
    pending.clear();
    if (tags.length === 0) return;
    const run = () => invalidate(tags).catch((error: unknown) => console.error("Cache invalidation failed:", error));
    void run();
    for (const delay of settleMs) setTimeout(run, delay).unref();
  };
  return connection.listen(CHANGE_CHANNEL, (table) => {
    pending.add(table);
    timer ??= setTimeout(flush, batchMs);
  });
}
