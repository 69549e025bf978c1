import { describe, expect, it } from "vitest";
import { isReservedPageSlug } from "./slug-rules";

describe("page slug rules", () => {
  it("keeps pages off the site's own routes", () => {
    for (const slug of [
      "admin",
      "api",
      "category",
      "tag",
      "author",
      "search",
      "feed",
      "front",
      "personal",
      "media",
      "social",
      "sitemaps",
      "sitemap.xml",
      "robots.txt",
      "logo.png",
      "_next",
      "reply",
    ]) {
      expect(isReservedPageSlug(slug), slug).toBe(true);
    }
    expect(isReservedPageSlug("o-redaktsii")).toBe(false);
  });
});
