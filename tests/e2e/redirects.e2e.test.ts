import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { signInOn as signIn } from "./support/sign-in";

const baseUrl = inject("baseUrl");
const fixtures = inject("readerFixtures");
const { admin } = inject("newsroom");
const editor = { email: "redirects-editor@vestnik.test", password: "пароль-редактора-2026" };

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const head = (path: string) => fetch(baseUrl + path, { redirect: "manual" });

describe("old addresses", () => {
  it("answers WordPress's feed and archive addresses with a 301", async () => {
    const feed = await head("/feed/");
    expect(feed.status).toBe(301);
    expect(feed.headers.get("location")).toBe("/feed");
    const legacy = await head("/?feed=rss2&utm_source=x");
    expect(legacy.headers.get("location")).toBe("/feed");
    const nested = await head(`/category/oblast/${fixtures.category.slug}/page/2/`);
    expect(nested.status).toBe(301);
    expect(nested.headers.get("location")).toBe(`/category/${fixtures.category.slug}/page/2`);
    expect((await head(`/category/${fixtures.category.slug}`)).status).toBe(200);
  });

  it("takes a redirect an editor adds in the newsroom within a second, and drops it when deleted", async () => {
    const adminPage = await (await browser.newContext()).newPage();
    await signIn(adminPage, admin);
    await adminPage.goto(baseUrl + "/admin/users");
    await adminPage.fill("#new-email", editor.email);
    await adminPage.fill("#new-name", "Редактор перенаправлений");
    await adminPage.selectOption("#new-role", "EDITOR");
    await adminPage.fill("#new-password", editor.password);
    await adminPage.getByRole("button", { name: "Создать" }).click();
    await expect.poll(() => adminPage.locator(".admin-form [role=status]").innerText()).toContain("создан");

    const page = await (await browser.newContext()).newPage();
    await signIn(page, editor);
    await page.locator("summary", { hasText: "Сайт" }).click();
    await page.getByRole("link", { name: "Перенаправления" }).click();
    await page.waitForURL("**/admin/redirects");

    const old = "/2019/05/%D1%81%D1%82%D0%B0%D1%80%D0%B0%D1%8F-%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D1%8C";
    const target = `/${fixtures.article.slug}`;
    expect((await head(old)).status).toBe(404);
    await page.fill("#redirect-from", `https://old-site.example.kz${old}/`);
    await page.fill("#redirect-to", target);
    await page.getByRole("button", { name: "Добавить" }).click();
    await expect.poll(() => page.locator(".admin-form [role=status]").innerText()).toContain("добавлено");
    await expect
      .poll(
        async () => {
          const res = await head(`${old}/?utm_source=telegram`);
          return `${res.status} ${res.headers.get("location")}`;
        },
        { timeout: 1_000, interval: 50 },
      )
      .toBe(`301 ${target}`);

    await page.reload();
    const row = page.locator("tr", { has: page.locator("code", { hasText: "/2019/05/старая-новость" }) });
    await row.getByRole("button", { name: "Удалить" }).click();
    await expect.poll(() => row.count()).toBe(0);
    await expect.poll(async () => (await head(old)).status, { timeout: 1_000, interval: 50 }).toBe(404);
  });
});
