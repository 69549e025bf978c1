import { gzipSync } from "node:zlib";

export type CachedPage = {
  status: number;
  headers: [string, string][];
  body: Buffer;
  gzip: Buffer | null;
  etag: string | null;
  expires: number;
};

/**
 * Finished reader pages, exactly as sent, for everyone who asks the same URL next: a hit costs
 * no rendering and no database query. Emptied on every cache invalidation (see
 * lib/cache/change-listener.ts); a page whose render began before an invalidation is not
 * stored (the generation check), and entries expire after `ttlMs` as a safety net.
 */
export class PageCache {
  private entries = new Map<string, CachedPage>();
  private generationCounter = 0;

  constructor(
    private readonly maxEntries = 5000,
    private readonly ttlMs = 30_000,
  ) {}

  get generation(): number {
    return this.generationCounter;
  }

  get(key: string, now = Date.now()): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Stores a page rendered while `generation` was current; a stale render is dropped. */
  set(key: string, page: Omit<CachedPage, "expires" | "gzip">, generation: number, now = Date.now()): void {
    if (generation !== this.generationCounter) return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    const gzip = page.body.byteLength > 1024 ? gzipSync(page.body, { level: 6 }) : null;
    this.entries.set(key, { ...page, gzip, expires: now + this.ttlMs });
  }

  clear(): void {
    this.generationCounter++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

const holder = globalThis as typeof globalThis & { __vestnikPageCache?: PageCache };

/** The process's page cache (shared with app code, which clears it after its own writes). */
export function pageCache(): PageCache {
  holder.__vestnikPageCache ??= new PageCache();
  return holder.__vestnikPageCache;
}
