import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { listTags } from "@/lib/cache/tags";
import type { ArticleSummary } from "@/lib/articles/types";
import { cachedArg, isValid } from "@/lib/cache/cached-args";
import { readMostRead } from "./read-most-read";
import type { Language } from "@/lib/i18n/languages";

/**
 * «Самое читаемое»: views change all the time and announce nothing, so this read is refreshed
 * by time (at most every 15 minutes), not by tag; edits to articles still clear it at once.
 */
export async function getMostRead(language: Language, limit: number): Promise<ArticleSummary[]> {
  "use cache";
  if (!isValid(cachedArg.language, language) || !isValid(cachedArg.limit, limit)) return [];
  cacheLife({ stale: 300, revalidate: 900, expire: 86_400 });
  const items = await readMostRead(db(), limit, language);
  cacheTag(...listTags(items.map((item) => item.id)));
  return items;
}
