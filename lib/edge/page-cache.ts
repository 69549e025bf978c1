import { gzipSync } from "node:zlib";

export type PageRender = {
  status: number;
  headers: [string, string][];
  body: Buffer;
  etag: string | null;
  /** Cache tags of what the page shows; the page is stale once one of them is invalidated. */
  tags: string[];
  /** Tags whose invalidation may wait until the page is `softLagMs` old (an article's sidebars). */
  softTags?: string[];
  /** The page's own lifetime (the shortest of its cached reads'), if it has one. */
  maxAgeMs?: number;
};

export type CachedPage = PageRender & {
  gzip: Buffer | null;
  /** The cache version when the page's render began: changes after it make the page stale. */
  version: number;
  storedAt: number;
  bytes: number;
};

export type Freshness = "fresh" | "stale" | "lagging";

export type PageCacheOptions = {
  maxBytes?: number;
  /** 404s live apart, bounded by count, so a flood of made-up URLs never evicts real pages. */
  maxNotFound?: number;
  softLagMs?: number;
  /** Every page is rendered again at least this often, whatever its reads say. */
  maxAgeMs?: number;
};

/**
 * Finished reader pages, exactly as sent, for everyone who asks the same URL next: a hit costs
 * no rendering and no database query.
 *
 * Freshness is by version, not by time: every invalidation takes the next version number and
 * records it on the tags it expires; a page is stale when one of its tags carries a version
 * newer than the one current when its render began. So a render that read before a change is
 * stale the moment it is stored, however late it finishes. Stale pages are kept: the caller
 * serves them while one render replaces them (stale-while-revalidate).
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private readonly notFound = new Map<string, CachedPage>();
  private readonly tagVersions = new Map<string, number>();
  private readonly refreshing = new Set<string>();
  private currentVersion = 0;
  private storedBytes = 0;
  private readonly maxBytes: number;
  private readonly maxNotFound: number;
  private readonly softLagMs: number;
  private readonly maxAgeMs: number;

  constructor({ maxBytes = 64 * 1024 * 1024, maxNotFound = 500, softLagMs = 5_000, maxAgeMs = 600_000 }: PageCacheOptions = {}) {
    this.maxBytes = maxBytes;
    this.maxNotFound = maxNotFound;
    this.softLagMs = softLagMs;
    this.maxAgeMs = maxAgeMs;
  }

  /** Take this before a render starts and hand it to `store` with the result. */
  get version(): number {
    return this.currentVersion;
  }

  /** Expires the tags: call after the caches underneath (Next's) have expired them. */
  invalidate(tags: Iterable<string>): void {
    const version = ++this.currentVersion;
    for (const tag of tags) this.tagVersions.set(tag, version);
  }

  lookup(key: string, now = Date.now()): { page: CachedPage; fresh: boolean; state: Freshness } | undefined {
    const map = this.pages.has(key) ? this.pages : this.notFound;
    const page = map.get(key);
    if (!page) return undefined;
    // Recently used last: eviction takes from the front.
    map.delete(key);
    map.set(key, page);
    const state = this.freshness(page, now);
    return { page, fresh: state === "fresh", state };
  }

  /** "stale": what the page is about changed (or it is old); "lagging": only its sidebars did, a while ago. */
  freshness(page: CachedPage, now = Date.now()): Freshness {
    const age = now - page.storedAt;
    if (age >= Math.min(this.maxAgeMs, page.maxAgeMs ?? Infinity)) return "stale";
    for (const tag of page.tags) if ((this.tagVersions.get(tag) ?? 0) > page.version) return "stale";
    if (age >= this.softLagMs) for (const tag of page.softTags ?? []) if ((this.tagVersions.get(tag) ?? 0) > page.version) return "lagging";
    return "fresh";
  }

  /** Stores a page whose render began at `version`; it may be stale already, and then says so on lookup. */
  store(key: string, render: PageRender, version: number, now = Date.now()): CachedPage {
    const gzip = render.body.byteLength > 1024 ? gzipSync(render.body, { level: 6 }) : null;
    const bytes = key.length + render.body.byteLength + (gzip?.byteLength ?? 0) + render.headers.reduce((n, [a, b]) => n + a.length + b.length, 0);
    const page: CachedPage = { ...render, gzip, version, storedAt: now, bytes };
    const previous = this.pages.get(key) ?? this.notFound.get(key);
    // A slower render that began earlier never replaces a newer one.
    if (previous && previous.version > version) return previous;
    this.remove(key);
    if (render.status === 404) {
      this.notFound.set(key, page);
      while (this.notFound.size > this.maxNotFound) this.notFound.delete(this.notFound.keys().next().value as string);
      return page;
    }
    if (bytes > this.maxBytes / 2) return page;
    this.pages.set(key, page);
    this.storedBytes += bytes;
    for (const [oldest, entry] of this.pages) {
      if (this.storedBytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.storedBytes -= entry.bytes;
    }
    return page;
  }

  /** True when the caller should refresh `key`: nobody else is doing it already. Release when done. */
  claimRefresh(key: string): boolean {
    if (this.refreshing.has(key)) return false;
    this.refreshing.add(key);
    return true;
  }

  releaseRefresh(key: string): void {
    this.refreshing.delete(key);
  }

  /** Drops what is stored for `key`. */
  forget(key: string): void {
    this.remove(key);
  }

  private remove(key: string): void {
    const page = this.pages.get(key);
    if (page) {
      this.pages.delete(key);
      this.storedBytes -= page.bytes;
    }
    this.notFound.delete(key);
  }

  get bytes(): number {
    return this.storedBytes;
  }

  get size(): number {
    return this.pages.size + this.notFound.size;
  }
}

const holder = globalThis as typeof globalThis & { __vestnikPageCache?: PageCache };

/** The process's page cache (shared with app code, which invalidates it after its own writes). */
export function pageCache(options?: PageCacheOptions): PageCache {
  holder.__vestnikPageCache ??= new PageCache(options);
  return holder.__vestnikPageCache;
}
