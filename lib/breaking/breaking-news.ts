import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { listTags, TAGS } from "@/lib/cache/tags";
import { cachedArg, isValid } from "@/lib/cache/cached-args";
import type { Language } from "@/lib/i18n/languages";
import { breakingCacheLife, readBreaking, type BreakingItem } from "./read-breaking";

export async function getBreakingNews(language: Language): Promise<BreakingItem[]> {
  "use cache";
  if (!isValid(cachedArg.language, language)) return [];
  const items = await readBreaking(db(), new Date(), 3, language);
  cacheTag(...listTags(items.map((item) => item.id)), TAGS.breaking);
  cacheLife(breakingCacheLife(items));
  return items;
}
