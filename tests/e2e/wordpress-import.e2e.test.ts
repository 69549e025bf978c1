import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";

const baseUrl = inject("baseUrl");
const { admin } = inject("newsroom");
const EXPORT = path.join(import.meta.dirname, "fixtures", "wordpress-tiny.xml");

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("moving in from WordPress through the newsroom", () => {
  it("imports an export with progress and a report, then the old links lead readers to the article", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(baseUrl + "/admin/login");
    await page.fill("#email", admin.email);
    await page.fill("#password", admin.password);
    await page.click("button[type=submit]");
    await page.waitForURL("**/admin/articles");

    await page.locator("summary", { hasText: "Сайт" }).click();
    await page.getByRole("link", { name: "Импорт из WordPress" }).click();
    await page.waitForURL("**/admin/import");
    await page.setInputFiles("#wordpress-file", EXPORT);
    await page.getByRole("button", { name: "Импортировать" }).click();
    const outcome = async () =>
      (await page.locator("#import-error").count()) > 0
        ? `ошибка: ${await page.locator("#import-error").innerText()}`
        : page.locator("#import-status").innerText();
    await expect.poll(outcome, { timeout: 30_000 }).toBe("Импорт завершён.");
    const report = await page.getByRole("list", { name: "Отчёт об импорте" }).innerText();
    expect(report).toContain("Записи: новых 1");
    expect(report).toContain("Комментарии: новых 1");
    // The picture has no attachment in the export: it keeps its old address and the report lists it.
    expect(report).toContain("Изображения, которые не перенесены: 1");
    expect(report).toContain("https://old.example.kz/wp-content/uploads/2019/04/ploshchad.jpg");

    // A reader who follows the old link lands on the article (the server hears of the new redirects within moments).
    const reader = await (await browser.newContext()).newPage();
    await expect
      .poll(async () => (await fetch(baseUrl + "/?p=9001", { redirect: "manual" })).headers.get("location"), { timeout: 5_000 })
      .toBe("/staryy-post-iz-wordpress");
    await reader.goto(baseUrl + "/2019/04/02/staryy-post-iz-wordpress/");
    expect(new URL(reader.url()).pathname).toBe("/staryy-post-iz-wordpress");
    await expect.poll(() => reader.locator("h1").first().innerText()).toBe("Переезд редакции: старый пост из WordPress");
    expect(await reader.locator("figure figcaption").first().innerText()).toBe("Площадь у акимата");
    expect(await reader.locator(".comment-content").first().innerText()).toBe("Спасибо за новость!");
  }, 60_000);
});
