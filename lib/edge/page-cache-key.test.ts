import { describe, expect, it } from "vitest";
import { pageCacheKey } from "./page-cache-key";

describe("pageCacheKey", () => {
  it("keeps the path and drops tracking parameters", () => {
    expect(pageCacheKey("/news")).toBe("/news");
    expect(pageCacheKey("/news?utm_source=vk&fbclid=1")).toBe("/news");
    expect(pageCacheKey("/news?")).toBe("/news");
  });

  it("keeps meaningful parameters in a fixed order", () => {
    expect(pageCacheKey("/search?page=2&utm_medium=x&q=%D0%B0%D0%BA")).toBe("/search?q=%D0%B0%D0%BA&page=2");
    expect(pageCacheKey("/search?q=a&page=2")).toBe(pageCacheKey("/search?page=2&q=a"));
  });
});
