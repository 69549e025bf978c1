/** Query parameters that change what a reader page shows; every other one (utm_*, fbclid…) is ignored. */
const MEANINGFUL_PARAMS = ["q", "page", "scope"] as const;

/** The page cache's key for a request URL: its path plus the meaningful parameters, in a fixed order. */
export function pageCacheKey(url: string): string {
  const queryAt = url.indexOf("?");
  if (queryAt === -1) return url;
  const params = new URLSearchParams(url.slice(queryAt + 1));
  const kept = new URLSearchParams();
  for (const name of MEANINGFUL_PARAMS) for (const value of params.getAll(name)) kept.append(name, value);
  const query = kept.toString();
  return url.slice(0, queryAt) + (query ? `?${query}` : "");
}
