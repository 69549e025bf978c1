import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { ArticleFull } from "@/lib/articles/types";
import { renderZenRss, zenBodyHtml } from "./zen";

const article: ArticleFull = {
  id: 7,
  language: "ru",
  translation: null,
  title: "Мост через Иртыш откроют в декабре",
  slug: "most-cherez-irtysh",
  lead: "Движение запустят до Нового года.",
  publishedAt: "2026-11-28T09:05:00.000Z",
  updatedAt: "2026-11-28T10:00:00.000Z",
  bodyHtml:
    '<p>Строители &laquo;успевают&raquo; — так сказал аким &amp; его заместитель.</p><figure><img src="/media/most-1/960.webp" srcset="/media/most-1/480.webp 480w, /media/most-1/960.webp 960w" sizes="100vw" alt="Мост"><figcaption>Мост в ноябре</figcaption></figure><p>Подробнее на <a href="/category/obshchestvo">странице рубрики</a> и <a href="https://gov.kz/media/x/100.webp">сайте акимата</a>.</p>',
  category: { name: "Общество", slug: "obshchestvo" },
  author: { name: "Анна Ким", slug: "anna-kim" },
  authors: [{ name: "Анна Ким", slug: "anna-kim", avatar: null }],
  seo: { title: "", description: "", image: null, noindex: false, canonicalUrl: "" },
  cover: { key: "most-1", width: 1920, height: 1080, widths: [480, 960, 1280, 1920], alt: "Мост", caption: "" },
  commentCount: 0,
  tags: [],
};

const channel = { title: "Вестник", description: "Новости региона", siteUrl: "https://vestnik.example", selfPath: "/feed/zen", linkPath: "/" };
const parser = new XMLParser({ ignoreAttributes: false });

describe("the Дзен and Яндекс feed", () => {
  const xml = renderZenRss(channel, [article], { adult: false, imageBytes: new Map([["/media/most-1/1280.jpg", 98_765]]) });

  it("is well-formed RSS 2.0 in the yandex namespace, with the plain full text in yandex:full-text", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = parser.parse(xml).rss;
    expect(rss["@_version"]).toBe("2.0");
    expect(rss["@_xmlns:yandex"]).toBe("http://news.yandex.ru");
    const item = rss.channel.item;
    expect(item["yandex:full-text"]).toBe(
      "Строители «успевают» — так сказал аким & его заместитель.\n\nМост в ноябре\n\nПодробнее на странице рубрики и сайте акимата.",
    );
    expect(item.title).toBe(article.title);
    expect(item.author).toBe("Анна Ким");
    expect(item["media:rating"]).toEqual({ "#text": "nonadult", "@_scheme": "urn:simple" });
  });

  it("encloses the cover as a JPEG and gives the HTML with absolute links and JPEG images", () => {
    const item = parser.parse(xml).rss.channel.item;
    expect(item.enclosure).toEqual({ "@_url": "https://vestnik.example/media/most-1/1280.jpg", "@_length": "98765", "@_type": "image/jpeg" });
    const html = item["content:encoded"] as string;
    expect(html).toContain('<img src="https://vestnik.example/media/most-1/960.jpg" alt="Мост">');
    expect(html).toContain('<a href="https://vestnik.example/category/obshchestvo">');
    expect(html).toContain('<a href="https://gov.kz/media/x/100.webp">');
    expect(html).not.toContain("srcset");
    expect(html).not.toContain('"/media/');
  });

  it("rates the items adult when the outlet is 18+", () => {
    const item = parser.parse(renderZenRss(channel, [article], { adult: true })).rss.channel.item;
    expect(item["media:rating"]["#text"]).toBe("adult");
    expect(item.enclosure["@_length"]).toBe("0");
  });

  it("leaves addresses of other sites alone", () => {
    expect(zenBodyHtml('<img src="//cdn.example/a.webp"><a href="mailto:a@b.kz">', "https://vestnik.example")).toBe(
      '<img src="//cdn.example/a.webp"><a href="mailto:a@b.kz">',
    );
  });
});
