import { describe, expect, it } from "vitest";
import type { ArticleFull } from "@/lib/articles/types";
import type { PublishedPage } from "@/lib/pages/types";
import { articleBreadcrumbJsonLd, homeJsonLd, newsArticleJsonLd, serializeJsonLd, staticPageJsonLd } from "./json-ld";

const site = { url: "https://v.example", name: "Вестник" };
const article: ArticleFull = {
  id: 1,
  language: "ru",
  translation: null,
  title: "Заголовок </script><script>alert(1)</script>",
  slug: "zagolovok",
  lead: "Лид",
  publishedAt: "2026-11-28T09:00:00.000Z",
  updatedAt: "2026-11-28T10:00:00.000Z",
  bodyHtml: "<p>Текст</p>",
  category: { name: "Общество", slug: "obshchestvo" },
  author: { name: "Анна Ким", slug: "anna-kim" },
  authors: [{ name: "Анна Ким", slug: "anna-kim", avatar: null }],
  seo: { title: "", description: "", image: null, noindex: false, canonicalUrl: "" },
  cover: null,
  commentCount: 0,
  tags: [],
};

describe("structured data", () => {
  it("describes a NewsArticle with absolute image, author and publisher logo", () => {
    const data = newsArticleJsonLd(site, article);
    expect(data).toMatchObject({
      "@type": "NewsArticle",
      datePublished: "2026-11-28T09:00:00.000Z",
      dateModified: "2026-11-28T10:00:00.000Z",
      author: [{ "@type": "Person", name: "Анна Ким", url: "https://v.example/author/anna-kim" }],
      publisher: { name: "Вестник", logo: { url: "https://v.example/logo.png" } },
      image: [{ url: "https://v.example/social/zagolovok.png", width: 1200, height: 630 }],
    });
  });

  it("lists home → category → article as breadcrumbs", () => {
    const items = articleBreadcrumbJsonLd(site, article).itemListElement as { position: number; item: string }[];
    expect(items.map((i) => [i.position, i.item])).toEqual([
      [1, "https://v.example/"],
      [2, "https://v.example/category/obshchestvo"],
      [3, "https://v.example/zagolovok"],
    ]);
  });

  it("gives the home page a WebSite with a SearchAction", () => {
    const website = homeJsonLd(site).find((d) => d["@type"] === "WebSite")!;
    expect(website.potentialAction).toMatchObject({ target: { urlTemplate: "https://v.example/search?q={search_term_string}" } });
  });

  it("describes a static page as a WebPage with home → parent → page breadcrumbs", () => {
    const page: PublishedPage = {
      id: 2,
      title: "Прайс-лист",
      slug: "prays-list",
      path: "/reklama/prays-list",
      language: "ru",
      translation: null,
      bodyHtml: "<p>Цены</p>",
      createdAt: "2026-11-28T09:00:00.000Z",
      updatedAt: "2026-11-29T09:00:00.000Z",
      parent: { title: "Реклама", slug: "reklama", path: "/reklama" },
      children: [],
    };
    const [webPage, breadcrumbs] = staticPageJsonLd(site, page);
    expect(webPage).toMatchObject({
      "@type": "WebPage",
      url: "https://v.example/reklama/prays-list",
      name: "Прайс-лист",
      dateModified: "2026-11-29T09:00:00.000Z",
    });
    const items = breadcrumbs!.itemListElement as { name: string; item: string }[];
    expect(items.map((i) => [i.name, i.item])).toEqual([
      ["Главная", "https://v.example/"],
      ["Реклама", "https://v.example/reklama"],
      ["Прайс-лист", "https://v.example/reklama/prays-list"],
    ]);
  });

  it("names the outlet's profiles and contacts in its Organization, and leaves out what is not filled in", () => {
    const detailed = {
      ...site,
      description: "Новости области",
      sameAs: ["https://vk.com/vestnik", "https://t.me/vestnik"],
      email: "news@v.example",
      telephone: "+7 7232 50 00 00",
      address: "ул. Горького, 1",
    };
    const organization = homeJsonLd(detailed).find((d) => d["@type"] === "NewsMediaOrganization")!;
    expect(organization).toMatchObject({
      description: "Новости области",
      sameAs: ["https://vk.com/vestnik", "https://t.me/vestnik"],
      address: { "@type": "PostalAddress", streetAddress: "ул. Горького, 1" },
      contactPoint: { "@type": "ContactPoint", email: "news@v.example", telephone: "+7 7232 50 00 00" },
    });
    const plain = JSON.parse(serializeJsonLd(homeJsonLd({ ...site, sameAs: [], email: "" })))[0];
    expect(Object.keys(plain).sort()).toEqual(["@context", "@id", "@type", "logo", "name", "url"]);
  });

  it("shows a cover as JPEG near 1200 px, for the sites that take no WebP", () => {
    const cover = { key: "c-1", width: 1920, height: 1080, widths: [640, 1280, 1920], alt: "", caption: "" };
    expect(newsArticleJsonLd(site, { ...article, cover }).image).toEqual([
      { "@type": "ImageObject", url: "https://v.example/media/c-1/1280.jpg", width: 1280, height: 720 },
    ]);
  });

  it("cannot be closed by text inside it", () => {
    const json = serializeJsonLd(newsArticleJsonLd(site, article));
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json).headline).toBe(article.title);
  });
});
