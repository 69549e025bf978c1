import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";

const baseUrl = inject("baseUrl");
const fixtures = inject("readerFixtures");

const RUSSIAN_DATE = /^\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4}, \d{2}:\d{2}$/;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

async function visibleDates(p: Page): Promise<string[]> {
  return p.locator("time").allInnerTexts();
}

describe("a reader's path through the site", () => {
  it("goes home → category → page 2 → article → related article", async () => {
    const home = await page.goto(baseUrl + "/");
    expect(home?.status()).toBe(200);
    await expect(page.locator("h2", { hasText: "Последние новости" }).count()).resolves.toBe(1);
    await expect(page.locator("h2", { hasText: "Должен прочитать" }).count()).resolves.toBe(1);

    await page.locator("nav[aria-label='Рубрики'] a", { hasText: fixtures.category.name }).click();
    await page.waitForURL(`**/category/${fixtures.category.slug}`);
    expect(await page.locator("h1").innerText()).toBe(fixtures.category.name);
    const firstPageTitles = await page.locator(".card__title").allInnerTexts();
    expect(firstPageTitles.length).toBe(12);

    await page.locator("nav[aria-label='Страницы'] a[rel='next']").click();
    await page.waitForURL(`**/category/${fixtures.category.slug}/page/2`);
    expect(await page.locator("h1").innerText()).toBe(`${fixtures.category.name} — страница 2`);
    const secondPageTitles = await page.locator(".card__title").allInnerTexts();
    expect(secondPageTitles.length).toBeGreaterThan(0);
    expect(secondPageTitles.filter((t) => firstPageTitles.includes(t))).toEqual([]);

    const articleLink = page.locator(".card__title a").first();
    const articleTitle = await articleLink.innerText();
    await articleLink.click();
    await page.waitForURL((url) => !url.pathname.startsWith("/category/"));
    expect(await page.locator("h1").innerText()).toBe(articleTitle);
    expect(await page.locator(".article__header .label").textContent()).toBe(fixtures.category.name);

    const related = page.locator("section.related .card__title a");
    expect(await related.count()).toBeGreaterThan(0);
    const relatedTitles = await related.allInnerTexts();
    expect(relatedTitles).not.toContain(articleTitle);
    const next = related.first();
    const nextTitle = await next.innerText();
    await next.click();
    await page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, nextTitle);
  });

  it("shows the article's furniture: Russian dates, sidebars, cover with caption, tags", async () => {
    const res = await page.goto(baseUrl + "/" + fixtures.article.slug);
    expect(res?.status()).toBe(200);
    const dates = await visibleDates(page);
    expect(dates.length).toBeGreaterThan(3);
    for (const d of dates) expect(d).toMatch(RUSSIAN_DATE);
    expect(await page.locator("h1").count()).toBe(1);
    for (const heading of ["Последние новости", "Должен прочитать", "Вам также может понравиться"]) {
      expect(await page.locator("h2", { hasText: heading }).count()).toBe(1);
    }
    const sidebarLinks = await page.locator("aside.sidebar a, section.related a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(sidebarLinks).not.toContain("/" + fixtures.article.slug);
    expect(await page.locator(".article__cover figcaption").innerText()).not.toBe("");
    expect(await page.locator(".article__cover img").getAttribute("alt")).toBeTruthy();
    expect(await page.locator("ul.tags a").count()).toBeGreaterThan(0);
    expect(await page.locator("main").count()).toBe(1);
    expect(await page.locator("header").count()).toBeGreaterThan(0);
    expect(await page.locator("footer").count()).toBeGreaterThan(0);
  });

  it("answers 404 in Russian for unknown articles, unknown categories and pages past the end", async () => {
    for (const path of [
      "/takoi-stati-net-" + Date.now(),
      "/category/net-takoi-rubriki",
      `/category/${fixtures.category.slug}/page/${fixtures.category.totalPages + 1}`,
      ...fixtures.hiddenSlugs.map((s) => "/" + s),
    ]) {
      const res = await page.goto(baseUrl + path);
      expect(res?.status(), path).toBe(404);
      expect(await page.locator("h1").innerText()).toBe("Страница не найдена");
    }
  });

  it("reads well on a 360 px phone, with no sideways scrolling", async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    for (const path of ["/", "/" + fixtures.article.slug, `/category/${fixtures.category.slug}`]) {
      await phone.goto(baseUrl + path);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await phone.close();
  });

  it("ships reader pages without framework JavaScript, with links that work without it", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(baseUrl + "/");
    await p.locator("nav[aria-label='Рубрики'] a").first().click();
    await p.waitForURL("**/category/**");
    await p.locator(".card__title a").first().click();
    await p.waitForURL((url) => !url.pathname.startsWith("/category/"));
    expect(await p.locator("h1").count()).toBe(1);
    await noJs.close();
    for (const path of ["/", "/" + fixtures.article.slug, `/category/${fixtures.category.slug}`]) {
      const html = await (await fetch(baseUrl + path)).text();
      expect(html).not.toMatch(/<script[^>]+src="\/_next\//);
      expect(html).not.toMatch(/<link[^>]+as="script"/);
      expect(html).not.toContain("__next_f");
    }
  });
});
