import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { accessibilityViolations } from "./support/axe";
import { launchBrowser } from "./support/browser";
import { htmlErrors } from "./support/html-validator";

const baseUrl = inject("baseUrl");
const fixtures = inject("readerFixtures");
const { admin } = inject("newsroom");

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The reader pages of every kind, found from the demo article's own links. */
async function readerPaths(page: Page): Promise<Record<string, string>> {
  await page.goto(`${baseUrl}/${fixtures.article.slug}`);
  const first = (selector: string) => page.locator(selector).first().getAttribute("href");
  const [tag, author, staticPage] = await Promise.all([
    first("a[href^='/tag/']"),
    first("a[href^='/author/']"),
    first("footer a[href^='/o-'], footer a[href^='/kontakty']"),
  ]);
  return {
    home: "/",
    article: `/${fixtures.article.slug}`,
    category: `/category/${fixtures.category.slug}`,
    tag: tag!,
    author: author!,
    search: "/search?q=" + encodeURIComponent(fixtures.article.title.split(" ")[0]!),
    ...(staticPage ? { page: staticPage } : {}),
  };
}

describe("accessibility and valid HTML", () => {
  it("passes axe (WCAG 2.1 AA) and the Nu HTML Checker on every kind of reader page", { timeout: 120_000 }, async () => {
    const page = await (await browser.newContext()).newPage();
    const paths = await readerPaths(page);
    const documents: Record<string, string> = {};
    const violations: string[] = [];
    for (const [name, path] of Object.entries(paths)) {
      const response = await page.goto(baseUrl + path);
      expect(response?.status(), path).toBe(200);
      documents[name] = await response!.text();
      violations.push(...(await accessibilityViolations(page)).map((v) => `${path}: ${v}`));
    }
    expect(violations).toEqual([]);
    expect(await htmlErrors(documents)).toEqual([]);
  });

  it("passes axe on the newsroom's screens", { timeout: 120_000 }, async () => {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await page.goto(baseUrl + "/admin/login");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.fill("#email", admin.email);
    await page.fill("#password", admin.password);
    await page.click("button[type=submit]");
    await page.waitForURL("**/admin/articles");
    // The top bar is one line on a 1366 px laptop: the site's settings fold into «Сайт».
    const bar = await page.locator("nav.admin-nav").boundingBox();
    const link = await page.locator("nav.admin-nav a[href='/admin/articles']").boundingBox();
    expect(bar!.height).toBeLessThan(link!.height * 2 + 16);
    await page.locator("summary", { hasText: "Сайт" }).click();
    await page.getByRole("link", { name: "Меню", exact: true }).click();
    await page.waitForURL("**/admin/menus");
    expect(await page.locator("details.admin-nav-more").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const violations: string[] = [];
    for (const path of [
      "/admin",
      "/admin/articles",
      "/admin/articles/new",
      "/admin/comments",
      "/admin/ads",
      "/admin/home",
      "/admin/menus",
      "/admin/branding",
      "/admin/breaking",
      "/admin/trash",
      "/admin/profile",
    ]) {
      await page.goto(baseUrl + path);
      await page.locator("main h1:visible").first().waitFor();
      violations.push(...(await accessibilityViolations(page)).map((v) => `${path}: ${v}`));
    }
    expect(violations).toEqual([]);
  });
});
