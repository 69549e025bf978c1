import { describe, expect, it } from "vitest";
import { oldAddressTarget, type AddressBook } from "./old-address-rules";

/** As the importer leaves it: category paths, a renamed Cyrillic tag and category, an author whose login is not their slug. */
const rows = new Map([
  ["/category/oblast/novosti", "/category/novosti"],
  ["/category/новости-региона", "/category/novosti-regiona"],
  ["/category/обл/районы", "/category/rayony"],
  ["/tag/выборы", "/tag/vybory"],
  ["/author/ivan", "/author/ivan-petrov"],
  ["/author/иван", "/author/ivan-ivanov"],
  ["/?cat=7", "/category/sport"],
]);
const book: AddressBook = { target: (key) => rows.get(key), categories: new Set(["novosti", "novosti-regiona", "rayony", "sport", "oblast", "rss2x"]) };
const to = (url: string) => oldAddressTarget(url, book);
const enc = (text: string) => encodeURIComponent(text);

describe("oldAddressTarget: feeds", () => {
  it("sends the site's WordPress feeds to /feed", () => {
    for (const url of [
      "/feed/",
      "/feed/rss2/",
      "/feed/atom",
      "/feed/RSS2/?utm_source=x",
      "/?feed=rss2",
      "/?feed=atom&utm_medium=y",
      "/wp-rss2.php",
      "/comments/feed/",
      "/comments/feed/rss2/",
    ])
      expect(to(url), url).toBe("/feed");
  });

  it("sends a category's feed, by its WordPress path, to that category's feed, and an unknown one to /feed", () => {
    expect(to("/category/oblast/novosti/feed/")).toBe("/feed/novosti");
    expect(to("/category/sport/feed/rss2/")).toBe("/feed/sport");
    expect(to("/sport/feed/")).toBe("/feed/sport");
    expect(to("/oblast/novosti/feed/?utm_campaign=z")).toBe("/feed/novosti");
    expect(to(`/category/${enc("новости-региона")}/feed/`)).toBe("/feed/novosti-regiona");
    expect(to(`/category/${enc("обл")}/${enc("районы")}/feed/`.toLowerCase())).toBe("/feed/rayony");
    expect(to(`/category/${enc("Районы")}/feed/`)).toBe("/feed/rayony");
    expect(to("/?cat=7&feed=rss2")).toBe("/feed/sport");
    expect(to("/category/net-takoy/feed/")).toBe("/feed");
    expect(to("/2024/05/01/novost/feed/")).toBe("/feed");
  });

  it("sends tag and author feeds, which the site does not have, to /feed", () => {
    expect(to("/tag/vybory/feed/")).toBe("/feed");
    expect(to(`/tag/${enc("выборы")}/feed/`)).toBe("/feed");
    expect(to("/author/ivan/feed/")).toBe("/feed");
  });
});

describe("oldAddressTarget: paged archives and nested categories", () => {
  it("sends the home page's pages home: the site has no paged home page", () => {
    expect(to("/page/2/")).toBe("/");
    expect(to("/page/15?utm_source=vk")).toBe("/");
  });

  it("sends a category's page, by any WordPress path, to /category/<leaf>/page/<n>", () => {
    expect(to("/category/oblast/novosti/page/3/")).toBe("/category/novosti/page/3");
    expect(to("/category/sport/page/2/"), "the app's own route: Next drops the slash").toBeNull();
    expect(to("/category/Sport/page/2")).toBe("/category/sport/page/2");
    expect(to(`/category/${enc("обл")}/${enc("районы")}/page/2/`)).toBe("/category/rayony/page/2");
    expect(to(`/category/${enc("новости-региона")}/page/4/?utm_source=x`)).toBe("/category/novosti-regiona/page/4");
    expect(to("/novosti/page/2/")).toBe("/category/novosti/page/2");
    expect(to("/category/oblast/novosti/page/1/")).toBe("/category/novosti");
  });

  it("sends nested WordPress category paths to the leaf category", () => {
    expect(to("/category/kakaya-to/sport/")).toBe("/category/sport");
    expect(to(`/category/x/${enc("районы")}`)).toBe("/category/rayony");
    expect(to("/category/oblast/net-takoy/")).toBeNull();
  });

  it("sends a tag's or an author's page under the renamed slug", () => {
    expect(to(`/tag/${enc("выборы")}/page/2/`)).toBe("/tag/vybory/page/2");
    expect(to(`/tag/${enc("выборы").toLowerCase()}/page/2`)).toBe("/tag/vybory/page/2");
    expect(to("/tag/Pogoda/page/3/")).toBe("/tag/pogoda/page/3");
    expect(to("/author/ivan/page/2/")).toBe("/author/ivan-petrov/page/2");
    expect(to(`/author/${enc("иван")}/page/5/`)).toBe("/author/ivan-ivanov/page/5");
  });
});

describe("oldAddressTarget: what it leaves to the app", () => {
  it("never answers the site's own routes", () => {
    for (const url of [
      "/",
      "/?utm_source=x",
      "/feed",
      "/feed/sport",
      "/feed/rss2x",
      "/feed/zen",
      "/category/sport",
      "/category/sport/",
      "/category/sport/page/2",
      "/category/sport/page/1",
      "/tag/pogoda/page/2",
      "/tag/pogoda/page/1",
      "/author/ivan-petrov/page/2",
      "/author/ivan/",
      "/tag/vybory",
      "/novost",
      "/about/contacts",
      "/novost/reply/12",
      "/search?q=feed",
      "/sitemap.xml",
      "/media/abc/320.webp",
    ])
      expect(to(url), url).toBeNull();
  });

  it("leaves unmatched and malformed addresses alone", () => {
    for (const url of [
      "/%E0%A4%A/feed/",
      "/admin/feed/",
      "/api/page/2",
      "/search/page/2",
      "/novost/page/2",
      "/page/0",
      "/page/x",
      "/category/page/2",
      "/tag/a/b/page/2",
    ])
      expect(to(url), url).toBeNull();
  });
});
