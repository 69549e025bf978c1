import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { listTags } from "@/lib/cache/tags";
import { z } from "zod";
import { cachedArg } from "@/lib/cache/cached-args";
import { cachedQuery, type SearchQuery } from "./query";
import { runSearch, type SearchResults } from "./run-search";
import { cachedSearchIn, type SearchIn } from "./languages";

const searchArgs = z.object({
  query: cachedQuery,
  page: cachedArg.page,
  where: cachedSearchIn,
});

/**
 * Cached per query, page, language and scope; expired with the lists and the cards it shows.
 * Edits to an article's body reach its snippets by time (five minutes), not at once.
 */
export async function searchArticles(query: SearchQuery, page: number, where: SearchIn): Promise<SearchResults | null> {
  "use cache";
  cacheLife({ stale: 300, revalidate: 300, expire: 3600 });
  const args = searchArgs.safeParse({ query, page, where });
  if (!args.success) return null;
  const results = await runSearch(db(), args.data.query, args.data.page, args.data.where);
  cacheTag(...listTags(results?.items.map((hit) => hit.article.id) ?? []));
  return results;
}
