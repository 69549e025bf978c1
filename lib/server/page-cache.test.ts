import { describe, expect, it } from "vitest";
import { PageCache } from "./page-cache";

const page = (text: string) => ({ status: 200, headers: [["content-type", "text/html"]] as [string, string][], body: Buffer.from(text), etag: null });

describe("PageCache", () => {
  it("serves what it stored until it expires", () => {
    const cache = new PageCache(10, 1000);
    cache.set("/a", page("A"), cache.generation, 0);
    expect(cache.get("/a", 999)?.body.toString()).toBe("A");
    expect(cache.get("/a", 1000)).toBeUndefined();
  });

  it("forgets everything on clear and refuses renders that began before it", () => {
    const cache = new PageCache();
    const before = cache.generation;
    cache.set("/a", page("A"), before);
    cache.clear();
    expect(cache.get("/a")).toBeUndefined();
    cache.set("/b", page("stale"), before);
    expect(cache.get("/b")).toBeUndefined();
    cache.set("/b", page("fresh"), cache.generation);
    expect(cache.get("/b")?.body.toString()).toBe("fresh");
  });

  it("keeps at most maxEntries, dropping the oldest, and gzips large pages once", () => {
    const cache = new PageCache(2);
    cache.set("/1", page("x".repeat(2000)), 0);
    cache.set("/2", page("2"), 0);
    cache.set("/3", page("3"), 0);
    expect(cache.get("/1")).toBeUndefined();
    expect(cache.size).toBe(2);
    expect(cache.get("/2")?.gzip).toBeNull();
  });
});
