import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { articlePartCount, parseSitemapFile, renderNewsSitemap, renderSitemapIndex, renderUrlSet } from "./sitemap-xml";

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["url", "sitemap"].includes(name) });

describe("sitemap documents", () => {
  it("renders an index and a URL set with absolute, escaped locations", () => {
    const index = renderSitemapIndex("https://v.example", [{ path: "/sitemaps/articles-1.xml", lastModified: "2026-11-28T00:00:00.000Z" }]);
    expect(XMLValidator.validate(index)).toBe(true);
    expect(parser.parse(index).sitemapindex.sitemap[0]).toEqual({ loc: "https://v.example/sitemaps/articles-1.xml", lastmod: "2026-11-28T00:00:00.000Z" });
    const set = renderUrlSet("https://v.example", [{ path: "/search?q=a&b" }]);
    expect(XMLValidator.validate(set)).toBe(true);
    expect(parser.parse(set).urlset.url[0].loc).toBe("https://v.example/search?q=a&b");
  });

  it("renders Google News entries", () => {
    const xml = renderNewsSitemap("https://v.example", "Вестник", [
      { path: "/a", title: "Заголовок & «кавычки»", publishedAt: "2026-11-28T09:00:00.000Z", keywords: ["дороги"], language: "ru" },
      { path: "/kk/b", title: "Жол жөндеу", publishedAt: "2026-11-28T10:00:00.000Z", keywords: [], language: "kk" },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const news = parser.parse(xml).urlset.url[0]["news:news"];
    expect(news["news:title"]).toBe("Заголовок & «кавычки»");
    expect(news["news:publication"]).toEqual({ "news:name": "Вестник", "news:language": "ru" });
    expect(parser.parse(xml).urlset.url[1]["news:news"]["news:publication"]["news:language"]).toBe("kk");
  });

  it("stays well-formed when a title or keyword holds control characters", () => {
    const xml = renderNewsSitemap("https://v.example", "Вестник", [
      { path: "/a", title: "Ак\u0001тау\u000b", publishedAt: "2026-11-28T09:00:00.000Z", keywords: ["до\u0002роги"], language: "ru" },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).urlset.url[0]["news:news"]["news:title"]).toBe("Актау");
  });

  it("pairs a page with its translation through hreflang links", () => {
    const alternates = { ru: "/most", kk: "/kk/kopir", "x-default": "/most" };
    const xml = renderUrlSet("https://v.example", [{ path: "/most", alternates }, { path: "/kk/kopir", alternates }, { path: "/tag/dorogi" }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const urls = parser.parse(xml).urlset.url;
    expect(urls[1]["xhtml:link"]).toEqual([
      { "@_rel": "alternate", "@_hreflang": "ru", "@_href": "https://v.example/most" },
      { "@_rel": "alternate", "@_hreflang": "kk", "@_href": "https://v.example/kk/kopir" },
      { "@_rel": "alternate", "@_hreflang": "x-default", "@_href": "https://v.example/most" },
    ]);
    expect(urls[2]["xhtml:link"]).toBeUndefined();
  });

  it("splits articles into parts of at most 50,000 and reads part names", () => {
    expect(articlePartCount(0)).toBe(1);
    expect(articlePartCount(50_000)).toBe(1);
    expect(articlePartCount(50_001)).toBe(2);
    expect(parseSitemapFile("articles-2.xml")).toEqual({ kind: "articles", part: 2 });
    expect(parseSitemapFile("articles-0.xml")).toBeNull();
    expect(parseSitemapFile("news.xml")).toEqual({ kind: "news" });
    expect(parseSitemapFile("../etc")).toBeNull();
  });
});
