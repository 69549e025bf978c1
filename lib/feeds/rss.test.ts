import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { ArticleFull } from "@/lib/articles/types";
import { renderRss } from "./rss";

const article: ArticleFull = {
  id: 42,
  language: "ru",
  translation: null,
  title: "Цены & тарифы: <рост> «на 5%»",
  slug: "tseny-i-tarify",
  lead: 'Лид с символами < > & и кавычками "',
  publishedAt: "2026-11-28T09:05:00.000Z",
  updatedAt: "2026-11-28T10:00:00.000Z",
  bodyHtml: "<p>Текст с <b>разметкой</b> и ]]> внутри.</p>",
  category: { name: "Экономика", slug: "ekonomika" },
  author: { name: "Анна Ким", slug: "anna-kim" },
  authors: [{ name: "Анна Ким", slug: "anna-kim", avatar: null }],
  seo: { title: "", description: "", image: null, noindex: false, canonicalUrl: "" },
  cover: { key: "cover-1", width: 1600, height: 900, widths: [480, 960, 1600], alt: "Рынок", caption: "" },
  commentCount: 0,
  tags: [{ name: "цены", slug: "tseny" }],
};

const channel = { title: "Вестник", description: "Новости", siteUrl: "https://vestnik.example", selfPath: "/feed", linkPath: "/" };

describe("renderRss", () => {
  const xml = renderRss(channel, [article], new Map([["/media/cover-1/1600.jpg", 123_456]]));

  it("is well-formed XML whose text survives escaping, including the full text", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const item = parsed.rss.channel.item;
    expect(item.title).toBe(article.title);
    expect(item.description).toBe(article.lead);
    expect(item["content:encoded"]).toBe(article.bodyHtml);
  });

  it("has RSS 2.0 dates, a stable non-permalink GUID and absolute links", () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const item = parsed.rss.channel.item;
    expect(item.pubDate).toBe("Sat, 28 Nov 2026 09:05:00 GMT");
    expect(item.guid).toEqual({ "#text": "tag:vestnik.example,2026:article-42", "@_isPermaLink": "false" });
    expect(item.link).toBe("https://vestnik.example/tseny-i-tarify");
    expect(item["media:content"]).toMatchObject({ "@_url": "https://vestnik.example/media/cover-1/1600.jpg", "@_type": "image/jpeg", "@_width": "1600" });
    expect(parsed.rss.channel["atom:link"]["@_href"]).toBe("https://vestnik.example/feed");
  });

  it("gives each cover as a JPEG enclosure (VK, Дзен and older readers take no WebP), with its length when known", () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(parsed.rss.channel.item.enclosure).toEqual({
      "@_url": "https://vestnik.example/media/cover-1/1600.jpg",
      "@_length": "123456",
      "@_type": "image/jpeg",
    });
    const unknown = new XMLParser({ ignoreAttributes: false }).parse(renderRss(channel, [{ ...article, cover: { ...article.cover!, widths: [480, 960] } }]));
    expect(unknown.rss.channel.item.enclosure["@_url"]).toBe("https://vestnik.example/media/cover-1/960.jpg");
    expect(unknown.rss.channel.item.enclosure["@_length"]).toBe("0");
    const none = new XMLParser({ ignoreAttributes: false }).parse(renderRss(channel, [{ ...article, cover: null }]));
    expect(none.rss.channel.item.enclosure).toBeUndefined();
  });
});
