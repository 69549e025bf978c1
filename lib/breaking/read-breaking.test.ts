import { describe, expect, it } from "vitest";
import { breakingCacheLife } from "./read-breaking";

describe("breakingCacheLife", () => {
  const now = Date.parse("2026-11-28T12:00:00Z");
  it("revalidates when the first item expires", () => {
    const items = [
      { id: 1, title: "a", slug: "a", until: "2026-11-28T12:10:00Z" },
      { id: 2, title: "b", slug: "b", until: "2026-11-28T12:02:00Z" },
    ];
    expect(breakingCacheLife(items, now)).toEqual({ stale: 300, revalidate: 120, expire: 300 });
  });
  it("is long-lived with nothing breaking", () => {
    expect(breakingCacheLife([], now).revalidate).toBe(3600);
  });
});
