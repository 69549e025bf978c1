/** Crawlers, previews and scripts: their requests are not readers' views. */
const BOT_USER_AGENT = /bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|monitor|lighthouse|headless|curl|wget|python-|httpclient|okhttp|node-fetch|undici|^$/i;

export function isBot(userAgent: string | undefined): boolean {
  return BOT_USER_AGENT.test(userAgent ?? "");
}

export type ViewCounts = Map<string, Map<string, number>>;

/**
 * Article views gathered in memory, per UTC day and slug, until the next flush: counting costs
 * a map update, not a database write, and never touches the page cache.
 */
export class ViewCounter {
  private counts: ViewCounts = new Map();

  record(slug: string, at = new Date()): void {
    const day = at.toISOString().slice(0, 10);
    let bySlug = this.counts.get(day);
    if (!bySlug) this.counts.set(day, (bySlug = new Map()));
    bySlug.set(slug, (bySlug.get(slug) ?? 0) + 1);
  }

  /** Takes everything counted so far, leaving the counter empty. */
  drain(): ViewCounts {
    const counts = this.counts;
    this.counts = new Map();
    return counts;
  }

  /** Puts back counts a failed flush could not write. */
  restore(counts: ViewCounts): void {
    for (const [day, bySlug] of counts) for (const [slug, n] of bySlug) for (let i = 0; i < n; i++) this.record(slug, new Date(`${day}T12:00:00Z`));
  }

  get pending(): number {
    let total = 0;
    for (const bySlug of this.counts.values()) for (const n of bySlug.values()) total += n;
    return total;
  }
}
