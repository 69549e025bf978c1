import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");
const fixtures = inject("readerFixtures");

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["item", "url", "sitemap", "category"].includes(name) });

async function xml(path: string): Promise<{ res: Response; doc: any }> {
  const res = await fetch(baseUrl + path);
  expect(res.status, path).toBe(200);
  const text = await res.text();
  expect(XMLValidator.validate(text), path).toBe(true);
  return { res, doc: parser.parse(text) };
}

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe("RSS", () => {
  it("serves the whole site's newest articles with full text, RFC 822 dates and unique GUIDs", async () => {
    const { res, doc } = await xml("/feed");
    expect(res.headers.get("content-type")).toContain("application/rss+xml");
    expect(doc.rss["@_version"]).toBe("2.0");
    const items = doc.rss.channel.item as any[];
    expect(items.length).toBeGreaterThan(10);
    const dates = items.map((i) => {
      expect(i.pubDate).toMatch(RFC_822);
      return Date.parse(i.pubDate);
    });
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(Math.max(...dates)).toBeLessThanOrEqual(Date.now());
    expect(new Set(items.map((i) => i.guid["#text"])).size).toBe(items.length);
    // The demo articles are 300–800 words: their full text, not an excerpt (other tests may add short ones).
    expect(items.filter((i) => String(i["content:encoded"]).length > 500).length).toBeGreaterThan(10);
    for (const item of items) {
      expect(item.guid["@_isPermaLink"]).toBe("false");
      expect(item.link).toMatch(/^https?:\/\//);
      expect(String(item["content:encoded"]).length).toBeGreaterThan(0);
    }
  });

  it("has a feed per category holding only that category, and 404 for an unknown one", async () => {
    const { doc } = await xml(`/feed/${fixtures.category.slug}`);
    const items = doc.rss.channel.item as any[];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.category).toContain(fixtures.category.name);
    expect((await fetch(baseUrl + "/feed/net-takoi")).status).toBe(404);
  });

  it("is announced with <link rel=alternate> on every page, and per category on its page", async () => {
    for (const path of ["/", `/${fixtures.article.slug}`, `/category/${fixtures.category.slug}`, "/search?q=a", "/net-takoi-stranitsy"]) {
      const html = await (await fetch(baseUrl + path)).text();
      expect(html, path).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/feed"\/>/);
    }
    const category = await (await fetch(`${baseUrl}/category/${fixtures.category.slug}`)).text();
    expect(category).toMatch(
      new RegExp(`<link rel="alternate" type="application/rss\\+xml" href="https?://[^"]+/feed/${fixtures.category.slug}" title="${fixtures.category.name} — `),
    );
  });
});

describe("sitemaps and robots.txt", () => {
  it("indexes parts that list every visible article once and no hidden one", async () => {
    const { doc } = await xml("/sitemap.xml");
    const parts = (doc.sitemapindex.sitemap as { loc: string }[]).map((s) => new URL(s.loc).pathname);
    expect(parts).toEqual(["/sitemaps/sections.xml", "/sitemaps/articles-1.xml", "/sitemaps/news.xml"]);
    const articles = (await xml("/sitemaps/articles-1.xml")).doc.urlset.url as { loc: string; lastmod: string }[];
    const paths = articles.map((u) => new URL(u.loc).pathname);
    expect(paths.length).toBeLessThanOrEqual(50_000);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain(`/${fixtures.article.slug}`);
    for (const hidden of fixtures.hiddenSlugs) expect(paths).not.toContain(`/${hidden}`);
    for (const u of articles) expect(Number.isNaN(Date.parse(u.lastmod))).toBe(false);
    const sections = ((await xml("/sitemaps/sections.xml")).doc.urlset.url as { loc: string }[]).map((u) => new URL(u.loc).pathname);
    expect(sections).toContain(`/category/${fixtures.category.slug}`);
    expect((await fetch(baseUrl + "/sitemaps/articles-2.xml")).status).toBe(404);
  });

  it("lists the last 48 hours in the Google News sitemap", async () => {
    const { doc } = await xml("/sitemaps/news.xml");
    expect(doc.urlset["@_xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    const urls = doc.urlset.url as any[];
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) {
      const published = Date.parse(u["news:news"]["news:publication_date"]);
      expect(Date.now() - published).toBeLessThanOrEqual(48 * 3_600_000);
      // Each edition's articles carry their own language.
      expect(u["news:news"]["news:publication"]["news:language"]).toBe(new URL(u.loc).pathname.startsWith("/kk/") ? "kk" : "ru");
      expect(u["news:news"]["news:title"]).not.toBe("");
    }
  });

  it("points robots.txt at the sitemaps", async () => {
    const text = await (await fetch(baseUrl + "/robots.txt")).text();
    expect(text).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    expect(text).toMatch(/^Sitemap: https?:\/\/\S+\/sitemaps\/news\.xml$/m);
    expect(text).toMatch(/^Disallow: \/admin$/m);
  });
});
