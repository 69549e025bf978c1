/** Crawlers, previews and scripts: their requests are not readers' views. */
const BOT_USER_AGENT =
  /bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|monitor|lighthouse|headless|curl|wget|python|httpclient|okhttp|node|undici|axios|go-http|java\/|libwww|perl|ruby|php|scrapy|httpie|postman|insomnia|^-?$/i;

export function isBot(userAgent: string | undefined): boolean {
  return BOT_USER_AGENT.test(userAgent ?? "");
}

export type ViewCounts = Map<string, Map<string, number>>;

/** Distinct (address, article) pairs remembered per day; past this the day starts over. */
const MAX_SEEN = 500_000;

/**
 * Article views gathered in memory, per UTC day and slug, until the next flush: counting costs
 * a map update, not a database write, and never touches the page cache. An address counts once
 * per article and day, so a script reloading a page cannot push it up «Самое читаемое».
 */
export class ViewCounter {
  private counts: ViewCounts = new Map();
  private seenDay = "";
  private seen = new Set<string>();

  /** Counts a view by `visitor` (an address); without one, every call counts. */
  record(slug: string, visitor?: string, at = new Date()): void {
    const day = at.toISOString().slice(0, 10);
    if (visitor !== undefined) {
      if (day !== this.seenDay || this.seen.size >= MAX_SEEN) {
        this.seenDay = day;
        this.seen = new Set();
      }
      const key = `${visitor} ${slug}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
    }
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
    for (const [day, bySlug] of counts) for (const [slug, n] of bySlug) for (let i = 0; i < n; i++) this.record(slug, undefined, new Date(`${day}T12:00:00Z`));
  }

  get pending(): number {
    let total = 0;
    for (const bySlug of this.counts.values()) for (const n of bySlug.values()) total += n;
    return total;
  }
}
