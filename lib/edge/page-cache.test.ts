import { describe, expect, it } from "vitest";
import { PageCache, type PageRender } from "./page-cache";

const page = (text: string, tags: string[] = ["site"], extra: Partial<PageRender> = {}): PageRender => ({
  status: 200,
  headers: [["content-type", "text/html"]],
  body: Buffer.from(text),
  etag: null,
  tags,
  ...extra,
});

describe("PageCache", () => {
  it("serves a stored page as fresh until one of its tags is invalidated, then as stale", () => {
    const cache = new PageCache();
    cache.store("/a", page("A", ["site", "article:1"]), cache.version);
    cache.store("/b", page("B", ["site", "article:2"]), cache.version);
    cache.invalidate(["article:1"]);
    expect(cache.lookup("/a")).toMatchObject({ fresh: false });
    expect(cache.lookup("/a")?.page.body.toString()).toBe("A");
    expect(cache.lookup("/b")).toMatchObject({ fresh: true });
    cache.invalidate(["site"]);
    expect(cache.lookup("/b")).toMatchObject({ fresh: false });
  });

  it("stores a render that began before an invalidation as stale, however late it finishes", () => {
    const cache = new PageCache();
    const began = cache.version;
    cache.invalidate(["lists"]);
    cache.store("/late", page("old data", ["site", "lists"]), began);
    expect(cache.lookup("/late")?.fresh).toBe(false);
    cache.store("/late", page("new data", ["site", "lists"]), cache.version);
    expect(cache.lookup("/late")).toMatchObject({ fresh: true });
  });

  it("never replaces a page with one whose render began earlier", () => {
    const cache = new PageCache();
    const early = cache.version;
    cache.invalidate(["lists"]);
    cache.store("/p", page("newer", ["lists"]), cache.version);
    cache.store("/p", page("older", ["lists"]), early);
    expect(cache.lookup("/p")?.page.body.toString()).toBe("newer");
  });

  it("lets sidebar tags wait until the page is softLagMs old", () => {
    const cache = new PageCache({ softLagMs: 5_000 });
    cache.store("/article", page("A", ["site", "article:1"], { softTags: ["lists"] }), cache.version, 0);
    cache.invalidate(["lists"]);
    expect(cache.lookup("/article", 4_999)?.state).toBe("fresh");
    expect(cache.lookup("/article", 5_000)?.state).toBe("lagging");
    cache.invalidate(["article:1"]);
    expect(cache.lookup("/article", 5_000)?.state).toBe("stale");
    cache.store("/article", page("A2", ["site", "article:1"], { softTags: ["lists"] }), cache.version, 10_000);
    cache.invalidate(["article:1"]);
    expect(cache.lookup("/article", 10_001)?.fresh).toBe(false);
  });

  it("expires pages by their own lifetime", () => {
    const cache = new PageCache({ maxAgeMs: 60_000 });
    cache.store("/most-read", page("M", ["site"], { maxAgeMs: 10_000 }), cache.version, 0);
    cache.store("/other", page("O"), cache.version, 0);
    expect(cache.lookup("/most-read", 9_999)?.fresh).toBe(true);
    expect(cache.lookup("/most-read", 10_000)?.fresh).toBe(false);
    expect(cache.lookup("/other", 59_999)?.fresh).toBe(true);
    expect(cache.lookup("/other", 60_000)?.fresh).toBe(false);
  });

  it("is bounded in bytes and evicts the least recently used page", () => {
    const cache = new PageCache({ maxBytes: 3_500 });
    const kb = (c: string) => page(c.repeat(1000));
    cache.store("/1", kb("1"), 0);
    cache.store("/2", kb("2"), 0);
    cache.lookup("/1");
    cache.store("/3", kb("3"), 0);
    cache.store("/4", kb("4"), 0);
    expect(cache.lookup("/2")).toBeUndefined();
    expect(cache.lookup("/1")).toBeDefined();
    expect(cache.bytes).toBeLessThanOrEqual(3_500);
  });

  it("keeps 404s apart, so made-up URLs never push real pages out", () => {
    const cache = new PageCache({ maxNotFound: 10 });
    cache.store("/real", page("R"), 0);
    for (let i = 0; i < 100; i++) cache.store(`/nope-${i}`, page("404", ["site", "lists"], { status: 404 }), 0);
    expect(cache.lookup("/real")).toBeDefined();
    expect(cache.lookup("/nope-99")?.page.status).toBe(404);
    expect(cache.lookup("/nope-0")).toBeUndefined();
    expect(cache.size).toBe(11);
  });

  it("gzips large pages once, when storing", () => {
    const cache = new PageCache();
    expect(cache.store("/big", page("x".repeat(2000)), 0).gzip?.byteLength).toBeLessThan(100);
    expect(cache.store("/small", page("x"), 0).gzip).toBeNull();
  });

  it("hands out one refresh per page at a time", () => {
    const cache = new PageCache();
    expect(cache.claimRefresh("/a")).toBe(true);
    expect(cache.claimRefresh("/a")).toBe(false);
    cache.releaseRefresh("/a");
    expect(cache.claimRefresh("/a")).toBe(true);
  });
});
