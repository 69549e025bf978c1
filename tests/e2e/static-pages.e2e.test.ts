import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";

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

describe("static pages", () => {
  it("are linked from every page's footer, open at /<slug>, and are in the sitemap", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${baseUrl}/${fixtures.article.slug}`);
    await page.locator("footer").getByRole("link", { name: "О редакции" }).click();
    await page.waitForURL("**/o-redaktsii");
    expect(await page.locator("h1").first().innerText()).toBe("О редакции");
    const sections = await (await fetch(baseUrl + "/sitemaps/sections.xml")).text();
    expect(sections).toContain("/o-redaktsii</loc>");
    expect(sections).toContain("/kontakty</loc>");
  });

  it("are written in the newsroom: a child page under its parent, a draft hidden from readers", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(baseUrl + "/admin/login");
    await page.fill("#email", admin.email);
    await page.fill("#password", admin.password);
    await page.click("button[type=submit]");
    await page.waitForURL("**/admin/articles");
    await page.getByRole("link", { name: "Страницы" }).click();
    await page.waitForURL("**/admin/pages");
    expect(await page.getByRole("link", { name: "Контакты" }).count()).toBeGreaterThan(0);

    await page.goto(baseUrl + "/admin/pages/new");
    await page.fill("#title", "Вакансии редакции");
    await page.locator(".ProseMirror").click();
    await page.keyboard.type("Мы ищем корреспондента в Экибастузе.");
    await page.selectOption("#parentId", { label: "О редакции" });
    await page.selectOption("#status", "DRAFT");
    await page.getByRole("button", { name: "Сохранить" }).click();
    await page.waitForURL(/\/admin\/pages\/\d+\?saved=1$/);
    const path = "/o-redaktsii/vakansii-redaktsii";
    expect((await fetch(baseUrl + path)).status).toBe(404);

    await page.selectOption("#status", "PUBLISHED");
    await page.getByRole("button", { name: "Сохранить" }).click();
    await expect.poll(() => page.getByRole("status").innerText()).not.toBe("");
    await expect.poll(async () => (await fetch(baseUrl + path)).status, { timeout: 5_000 }).toBe(200);
    expect(await (await fetch(baseUrl + path)).text()).toContain("Мы ищем корреспондента в Экибастузе.");

    // A reply page of an article still belongs to the article, not to a child page.
    expect((await fetch(`${baseUrl}/${fixtures.discussion.slug}/reply/${fixtures.discussion.commentId}`)).status).toBe(200);
    expect((await fetch(`${baseUrl}/o-redaktsii/net-takoy-podstranitsy`)).status).toBe(404);
  });
});
