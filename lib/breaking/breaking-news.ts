import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { TAGS } from "@/lib/cache/tags";
import { breakingCacheLife, readBreaking, type BreakingItem } from "./read-breaking";

export async function getBreakingNews(): Promise<BreakingItem[]> {
  "use cache";
  cacheTag(TAGS.articles, TAGS.breaking);
  const items = await readBreaking(db());
  cacheLife(breakingCacheLife(items));
  return items;
}
