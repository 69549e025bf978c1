import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");
const fixtures = inject("readerFixtures");

describe("security headers", () => {
  it("are on reader pages, fresh or cached, and the newsroom; HSTS only when the site is served over https", async () => {
    for (const path of ["/", "/", `/${fixtures.article.slug}`, `/${fixtures.article.slug}`, "/admin/login"]) {
      const res = await fetch(baseUrl + path);
      await res.arrayBuffer();
      expect(res.headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      // The test server's SITE_URL is http://
      expect(res.headers.get("strict-transport-security"), path).toBeNull();
    }
  });
});
