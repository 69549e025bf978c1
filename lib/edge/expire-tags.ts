import { CACHE_HANDLERS_SYMBOL } from "./next-internals";
import { pageCache } from "./page-cache";
import { countTagsExpired } from "@/lib/ops/metric-events";

type NextCacheHandler = { updateTags?(tags: string[], durations?: { expire?: number }): Promise<void> };

// Next keeps its "use cache" handlers in a global set (next-internals.ts). revalidateTag() only
// works inside a request, and there it runs after the response, so a render could start in
// between and read the old data; expiring through the handlers directly is done when this
// resolves. Without a Next server in the process there is nothing to expire.
const HANDLERS = CACHE_HANDLERS_SYMBOL;

async function expireNextTags(tags: string[]): Promise<void> {
  const handlers = (globalThis as Record<symbol, Set<NextCacheHandler> | undefined>)[HANDLERS];
  await Promise.all([...(handlers ?? [])].map((handler) => handler.updateTags?.(tags)));
}

/**
 * Expires cache tags in this process: first Next's cached reads, then the page cache. The order
 * matters: a page render that starts after the page cache's new version must already find the
 * reads expired, or it would store old data as current.
 */
export async function expireTags(tags: string[]): Promise<void> {
  if (tags.length === 0) return;
  await expireNextTags(tags);
  pageCache().invalidate(tags);
  countTagsExpired(tags.length);
}
