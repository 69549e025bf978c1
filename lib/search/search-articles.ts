import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { listTags } from "@/lib/cache/tags";
import type { SearchQuery } from "./query";
import { runSearch, type SearchResults } from "./run-search";

/**
 * Cached per query and page; expired with the lists and the cards it shows. Edits to an
 * article's body reach its snippets by time (five minutes), not at once.
 */
export async function searchArticles(query: SearchQuery, page: number): Promise<SearchResults | null> {
  "use cache";
  cacheLife({ stale: 300, revalidate: 300, expire: 3600 });
  const results = await runSearch(db(), query, page);
  cacheTag(...listTags(results?.items.map((hit) => hit.article.id) ?? []));
  return results;
}
