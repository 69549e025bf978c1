import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { htmlErrors } from "./support/html-validator";

const baseUrl = inject("baseUrl");
const fixtures = inject("readerFixtures");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const searchUrl = (q: string, page?: number) => `${baseUrl}/search?${new URLSearchParams({ q, ...(page ? { page: String(page) } : {}) })}`;

/** The longest word of the fixture article's title: something the demo content surely contains. */
const word = fixtures.article.title.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!;

describe("search", () => {
  it("is a GET form in the header of every page, and leads to highlighted results", async () => {
    const page = await browser.newPage();
    for (const path of ["/", `/category/${fixtures.category.slug}`, `/${fixtures.article.slug}`, "/net-takoi-stranitsy"]) {
      await page.goto(baseUrl + path);
      const form = page.locator("header form[role='search']");
      expect(await form.count(), path).toBe(1);
      expect(await form.getAttribute("method")).toBe("get");
    }
    await page.goto(baseUrl + "/");
    await page.fill("header form[role='search'] input[name='q']", word);
    await page.press("header form[role='search'] input[name='q']", "Enter");
    await page.waitForURL((url) => url.pathname === "/search");
    expect(new URL(page.url()).searchParams.get("q")).toBe(word);
    const titles = await page.locator(".search-hit__title").allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles).toContain(fixtures.article.title);
    const marks = await page.locator(".search-hit mark").allInnerTexts();
    expect(marks.some((m) => m.toLowerCase().startsWith(word.toLowerCase().slice(0, 4)))).toBe(true);
    await page.close();
  });

  it("finds inflected forms and pages through results", async () => {
    const html = await (await fetch(searchUrl("школы"))).text();
    expect(html).toMatch(/<mark>школ[а-я]*<\/mark>/i);
    const total = Number(/Найдено материалов: (?:<!-- -->)?(\d+)/.exec(html)?.[1]);
    expect(total).toBeGreaterThan(10);
    const second = await (await fetch(searchUrl("школы", 2))).text();
    expect(second).toContain('aria-current="page">2<');
    const firstLinks = [...html.matchAll(/class="search-hit__title"><a href="([^"]+)"/g)].map((m) => m[1]);
    const secondLinks = [...second.matchAll(/class="search-hit__title"><a href="([^"]+)"/g)].map((m) => m[1]);
    expect(secondLinks.length).toBeGreaterThan(0);
    expect(secondLinks.filter((l) => firstLinks.includes(l))).toEqual([]);
  });

  it("answers empty, absurdly long, symbol-only and hopeless queries with a helpful page", async () => {
    const cases: [string, RegExp][] = [
      ["", /Введите слово или фразу/],
      ["а".repeat(1500), /Запрос слишком длинный/],
      ["!!! ??? <> && ||", /нет ни букв, ни цифр/],
      ["зюквфыщш", /ничего не нашлось/],
    ];
    for (const [q, message] of cases) {
      const res = await fetch(searchUrl(q));
      expect(res.status, q.slice(0, 20)).toBe(200);
      expect(await res.text()).toMatch(message);
    }
    const past = await (await fetch(searchUrl(word, 999))).text();
    expect(past).toContain("Вернуться к первой странице");
  });

  it("is valid HTML and kept out of search engines", async () => {
    const html = await (await fetch(searchUrl(word))).text();
    expect(html).toMatch(/<meta name="robots" content="noindex, follow"\/>/);
    expect(await htmlErrors({ search: html })).toEqual([]);
  });
});
