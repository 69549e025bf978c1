import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { listTags, TAGS } from "@/lib/cache/tags";
import { breakingCacheLife, readBreaking, type BreakingItem } from "./read-breaking";

export async function getBreakingNews(): Promise<BreakingItem[]> {
  "use cache";
  const items = await readBreaking(db());
  cacheTag(...listTags(items.map((item) => item.id)), TAGS.breaking);
  cacheLife(breakingCacheLife(items));
  return items;
}
