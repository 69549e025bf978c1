import { describe, expect, it } from "vitest";
import { readerCachePolicy } from "./cache-policy";

describe("readerCachePolicy", () => {
  it("lets shared caches keep public pages only if they ask again", () => {
    expect(readerCachePolicy("/novost", 200)).toEqual({ cacheControl: "public, max-age=0, must-revalidate", varyCookie: false });
    expect(readerCachePolicy("/nope", 404)).toEqual({ cacheControl: null, varyCookie: false });
  });

  it("keeps a commenter's personal page out of every cache", () => {
    expect(readerCachePolicy("/ru/personal/abc.def/novost", 200)).toEqual({ cacheControl: "private, no-store", varyCookie: true });
    expect(readerCachePolicy("/kk/personal/abc.def/zhanalyq", 200)).toEqual({ cacheControl: "private, no-store", varyCookie: true });
  });
});
