import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { TAGS } from "@/lib/cache/tags";
import { cachedQuery, type SearchQuery } from "./query";
import { findPages, type PageHit } from "./page-hits";
import { cachedSearchIn, type SearchIn } from "./languages";

/** Static pages matching a search, cached per query, language and scope; expired by any page change. */
export async function searchPages(query: SearchQuery, where: SearchIn): Promise<PageHit[]> {
  "use cache";
  cacheLife({ stale: 300, revalidate: 300, expire: 3600 });
  cacheTag(TAGS.site, TAGS.pages);
  const parsed = cachedQuery.safeParse(query);
  const within = cachedSearchIn.safeParse(where);
  return parsed.success && within.success ? findPages(db(), parsed.data, within.data) : [];
}
