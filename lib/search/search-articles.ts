import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { TAGS } from "@/lib/cache/tags";
import type { SearchQuery } from "./query";
import { runSearch, type SearchResults } from "./run-search";

/** Cached per query and page; a publish or edit anywhere clears it with every article list. */
export async function searchArticles(query: SearchQuery, page: number): Promise<SearchResults | null> {
  "use cache";
  cacheTag(TAGS.articles);
  cacheLife({ stale: 300, revalidate: 300, expire: 3600 });
  return runSearch(db(), query, page);
}
