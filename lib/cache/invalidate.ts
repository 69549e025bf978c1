import "server-only";
import { updateTag } from "next/cache";
import { pageCache } from "@/lib/server/page-cache";

/**
 * Read-your-writes for server actions: expires the given tags at once (the database's change
 * notification will invalidate them again, for every process) and empties this process's page
 * cache, so the very next request — the redirect after the action — renders fresh.
 */
export function invalidateAfterWrite(...tags: string[]): void {
  for (const tag of tags) updateTag(tag);
  pageCache().clear();
}
