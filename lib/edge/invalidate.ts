import "server-only";
import { updateTag } from "next/cache";
import { tagsForChange, type Change } from "@/lib/cache/changes";
import { expireTags } from "@/lib/edge/expire-tags";

/**
 * Read-your-writes for server actions: expires what the change touches at once, so the very
 * next request (the redirect after the action) renders fresh. The database's change
 * notification follows within milliseconds and expires it again in every process, so this only
 * needs to cover what the editor looks at next.
 */
export async function invalidateAfterWrite(change: Change): Promise<void> {
  const tags = tagsForChange(change);
  for (const tag of tags) updateTag(tag);
  await expireTags(tags);
}
