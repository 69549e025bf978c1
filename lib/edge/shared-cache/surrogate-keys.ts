/** A sidebar tag in a page's keys: purged softly (stale while Varnish fetches it again), as the page cache does. */
export const SOFT_KEY_PREFIX = "soft:";

/**
 * The `xkey` (Varnish) and `Surrogate-Key` (CDNs) value of a reader page: its tags, and its
 * sidebar tags marked soft. Tags never hold spaces (lib/cache/tags.ts), the keys' separator.
 */
export function surrogateKeys(tags: readonly string[], softTags: readonly string[]): string {
  return [...tags, ...softTags.map((tag) => SOFT_KEY_PREFIX + tag)].join(" ");
}

/** The header of a PURGE request for `tags`: pages that carry them go. */
export function hardPurgeHeaders(tags: readonly string[]): Record<string, string> {
  return { "xkey-purge": tags.join(" ") };
}

/** The header of a PURGE request that makes pages showing `tags` in a sidebar stale (Varnish fetches them again in the background). */
export function softPurgeHeaders(tags: readonly string[]): Record<string, string> {
  return { "xkey-softpurge": tags.map((tag) => SOFT_KEY_PREFIX + tag).join(" ") };
}
