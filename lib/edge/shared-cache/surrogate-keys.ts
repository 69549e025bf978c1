/** A sidebar tag in a page's keys: purged softly (stale while Varnish fetches it again), as the page cache does. */
export const SOFT_KEY_PREFIX = "soft:";

/**
 * The `xkey` (Varnish) and `Surrogate-Key` (CDNs) value of a reader page: its tags, and its
 * sidebar tags marked soft. Tags never hold spaces (lib/cache/tags.ts), the keys' separator.
 */
export function surrogateKeys(tags: readonly string[], softTags: readonly string[]): string {
  return [...tags, ...softTags.map((tag) => SOFT_KEY_PREFIX + tag)].join(" ");
}

/** The headers of one PURGE request for `tags`: pages that carry them go, pages showing them in a sidebar go stale. */
export function purgeHeaders(tags: readonly string[]): Record<string, string> {
  return { "xkey-purge": tags.join(" "), "xkey-softpurge": tags.map((tag) => SOFT_KEY_PREFIX + tag).join(" ") };
}
