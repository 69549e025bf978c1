import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import kk from "../../lib/i18n/messages/kk.json";
import { accessibilityViolations } from "./support/axe";
import { launchBrowser } from "./support/browser";
import { newReader } from "./support/clients";
import { htmlErrors } from "./support/html-validator";

const baseUrl = inject("baseUrl");
const { kazakh } = inject("readerFixtures");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(path: string, options?: { javaScript?: boolean }): Promise<Page> {
  const reader = await newReader(browser, options);
  const page = await reader.context.newPage();
  const response = await page.goto(baseUrl + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

const documentLanguage = (page: Page) => page.locator("html").getAttribute("lang");

/** Clicks the header's «Қаз» or «Рус» and waits for the other edition's page. */
async function switchTo(page: Page, label: "Қаз" | "Рус"): Promise<string> {
  const before = page.url();
  await Promise.all([page.waitForURL((url) => url.toString() !== before), page.locator(".language-switch a", { hasText: label }).click()]);
  return new URL(page.url()).pathname;
}

describe("the Kazakh edition", () => {
  it("switches language on the home page, both ways", async () => {
    const page = await open("/");
    expect(await documentLanguage(page)).toBe("ru");
    expect(await switchTo(page, "Қаз")).toBe("/kk");
    expect(await documentLanguage(page)).toBe("kk");
    expect(await page.locator("#latest-title").textContent()).toBe(kk.sidebar.latest);
    // Every article on the Kazakh home page is a Kazakh one.
    const links = await page.locator(".card__title a").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
    expect(links.length).toBeGreaterThan(3);
    expect(links.every((href) => href?.startsWith("/kk/"))).toBe(true);
    expect(await switchTo(page, "Рус")).toBe("/");
    expect(await documentLanguage(page)).toBe("ru");
  });

  it("leads from an article to its translation, and from one without a translation to the other edition's home", async () => {
    const page = await open(`/${kazakh.original}`);
    expect(await switchTo(page, "Қаз")).toBe(`/kk/${kazakh.translation}`);
    expect(await documentLanguage(page)).toBe("kk");
    expect(await page.locator('head link[rel="alternate"][hreflang="ru"]').getAttribute("href")).toMatch(new RegExp(`/${kazakh.original}$`));
    expect(await switchTo(page, "Рус")).toBe(`/${kazakh.original}`);

    const alone = await open(`/kk/${kazakh.untranslated}`);
    expect(await alone.locator('head link[rel="alternate"][hreflang="ru"]').count()).toBe(0);
    expect(await switchTo(alone, "Рус")).toBe("/");
    const russianAlone = await open(`/${kazakh.untranslatedRussian}`);
    expect(await switchTo(russianAlone, "Қаз")).toBe("/kk");
  });

  it("answers a comment on a Kazakh article in Kazakh", { timeout: 60_000 }, async () => {
    const page = await open(`/kk/${kazakh.untranslated}`, { javaScript: false });
    expect(await page.locator("#reply-title").textContent()).toContain(kk.comments.leaveReply);
    await page.click("#commentform button[type=submit]");
    await page.waitForLoadState();
    expect(await page.locator("#content-error").textContent()).toBe(kk.comments.errors.contentRequired);
    expect(await page.locator("#authorName-error").textContent()).toBe(kk.comments.errors.nameRequired);
    expect(await page.locator("#authorEmail-error").textContent()).toBe(kk.comments.errors.emailRequired);
    await page.fill("#email", "aigerim@");
    await page.click("#commentform button[type=submit]");
    await page.waitForLoadState();
    expect(await page.locator("#authorEmail-error").textContent()).toBe(kk.comments.errors.emailInvalid);

    const text = `Жақсы жаңалық, рақмет! ${Date.now()}`;
    await page.fill("#comment", text);
    await page.fill("#author", "Айгерім");
    await page.fill("#email", `aigerim-${Date.now()}@example.kz`);
    // People take a few seconds to write; a faster post is filed as a bot's.
    await page.waitForTimeout(3_100);
    await page.click("#commentform button[type=submit]");
    await page.waitForURL(/#comment-\d+$/);
    expect(new URL(page.url()).pathname).toBe(`/kk/${kazakh.untranslated}`);
    const mine = page.locator(`#${new URL(page.url()).hash.slice(1)}`);
    expect(await mine.locator(".comment-content").textContent()).toBe(text);
    expect(await mine.locator(".comment-awaiting-moderation").textContent()).toBe(kk.comments.held);
  });

  it("passes axe and the Nu HTML Checker on the Kazakh home, article and category pages", { timeout: 120_000 }, async () => {
    const page = await (await browser.newContext()).newPage();
    const documents: Record<string, string> = {};
    const violations: string[] = [];
    const paths = { home: "/kk", article: `/kk/${kazakh.translation}`, category: `/kk/category/${kazakh.category}` };
    for (const [name, path] of Object.entries(paths)) {
      const response = await page.goto(baseUrl + path);
      expect(response?.status(), path).toBe(200);
      expect(await documentLanguage(page), path).toBe("kk");
      documents[name] = await response!.text();
      violations.push(...(await accessibilityViolations(page)).map((v) => `${path}: ${v}`));
    }
    expect(await page.locator("h1").first().textContent()).toContain(kazakh.categoryName);
    // The same category in the Russian edition, under its Russian address.
    expect(await page.locator('head link[rel="alternate"][hreflang="ru"]').getAttribute("href")).toMatch(/\/category\/[a-z0-9-]+$/);
    expect(violations).toEqual([]);
    expect(await htmlErrors(documents)).toEqual([]);
  });
});

describe("the editions for search engines and feed readers", () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["url", "item", "xhtml:link"].includes(name) });

  it("pairs translations in the sitemap with hreflang", async () => {
    const index = parser.parse(await (await fetch(`${baseUrl}/sitemap.xml`)).text());
    const parts: string[] = index.sitemapindex.sitemap.map((s: { loc: string }) => new URL(s.loc).pathname).filter((p: string) => p.includes("articles-"));
    const urls = (await Promise.all(parts.map(async (p) => parser.parse(await (await fetch(baseUrl + p)).text()).urlset.url))).flat();
    const entry = urls.find((u: { loc: string }) => new URL(u.loc).pathname === `/kk/${kazakh.translation}`);
    const pairs = Object.fromEntries(entry["xhtml:link"].map((l: Record<string, string>) => [l["@_hreflang"], new URL(l["@_href"]!).pathname]));
    expect(pairs).toEqual({ ru: `/${kazakh.original}`, kk: `/kk/${kazakh.translation}`, "x-default": `/${kazakh.original}` });
    const alone = urls.find((u: { loc: string }) => new URL(u.loc).pathname === `/kk/${kazakh.untranslated}`);
    expect(alone["xhtml:link"]).toBeUndefined();
  });

  it("serves /kk/feed as valid RSS in Kazakh, with Kazakh articles only", async () => {
    const response = await fetch(`${baseUrl}/kk/feed`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = parser.parse(xml).rss.channel;
    expect(channel.language).toBe("kk");
    expect(new URL(channel.link).pathname).toBe("/kk");
    expect(channel.item.length).toBeGreaterThan(5);
    expect(channel.item.every((item: { link: string }) => new URL(item.link).pathname.startsWith("/kk/"))).toBe(true);
    const russian = parser.parse(await (await fetch(`${baseUrl}/feed`)).text()).rss.channel;
    expect(russian.language).toBe("ru");
    expect(russian.item.some((item: { link: string }) => new URL(item.link).pathname.startsWith("/kk/"))).toBe(false);
  });

  it("keeps one address per page: the default edition's prefix redirects, and an article asked for in the other edition goes to its own", async () => {
    const prefixed = await fetch(`${baseUrl}/ru/${kazakh.original}`, { redirect: "manual" });
    expect(prefixed.status).toBe(301);
    expect(prefixed.headers.get("location")).toBe(`/${kazakh.original}`);
    const kazakhAtRoot = await fetch(`${baseUrl}/${kazakh.translation}`, { redirect: "manual" });
    expect(kazakhAtRoot.status).toBe(308);
    expect(new URL(kazakhAtRoot.headers.get("location")!, baseUrl).pathname).toBe(`/kk/${kazakh.translation}`);
    const russianInKazakh = await fetch(`${baseUrl}/kk/${kazakh.original}`, { redirect: "manual" });
    expect(new URL(russianInKazakh.headers.get("location")!, baseUrl).pathname).toBe(`/${kazakh.original}`);
    expect((await fetch(`${baseUrl}/kk/no-such-article-anywhere`)).status).toBe(404);
  });
});
