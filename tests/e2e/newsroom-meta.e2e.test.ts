import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";

const baseUrl = inject("baseUrl");
const { admin } = inject("newsroom");
const fixtures = inject("readerFixtures");

let browser: Browser;
let page: Page;
/** The article this file publishes, shared by its steps (they run in order). */
let slug = "";
let editPath = "";

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  await page.goto(baseUrl + "/admin");
  await page.waitForURL("**/admin/login");
  await page.fill("#email", admin.email);
  await page.fill("#password", admin.password);
  await page.click("button[type=submit]");
  await page.waitForURL("**/admin/articles");
});
afterAll(async () => {
  await browser?.close();
});

const html = (path: string) => fetch(baseUrl + path, { cache: "no-store" }).then((r) => r.text());
const ticker = (document: string) => /<section id="breaking"[\s\S]*?<\/section>/.exec(document)?.[0] ?? "";

/** Polls until `check` holds: pages are expired by the database's notification, a moment after the save. */
async function eventually(check: () => Promise<boolean>, limitMs = 5000): Promise<boolean> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

async function publish(): Promise<void> {
  await page.click("button[value=publish]:visible");
  await page.locator("[role=status]:visible", { hasText: "Сохранено" }).first().waitFor();
}

describe("«Срочно», SEO fields and author pages in a browser", () => {
  it("marks an article «Срочно» from the editor, and the home page's ticker shows it, then drops it", async () => {
    const title = `Срочная новость ${Date.now()}`;
    await page.goto(baseUrl + "/admin/articles/new");
    await page.fill("#title", title);
    // Not the reader tests' category: their page counts were read before this article existed.
    const names = (await page.locator(".category-picker:visible .category-picker__row > label:first-child").allInnerTexts()).map((n) => n.trim());
    await page.getByRole("checkbox", { name: names.filter((n) => n !== fixtures.category.name).at(-1)!, exact: true }).check();
    await page.locator(".ProseMirror").click();
    await page.keyboard.type("На трассе ограничили движение.");
    await page.click("button[value=publish]:visible");
    await page.waitForURL(/\/admin\/articles\/\d+\?saved=1/);
    editPath = new URL(page.url()).pathname;
    slug = await page.inputValue("#slug:visible");
    expect(slug).not.toBe("");

    const field = page.locator("[data-testid=breaking-field]:visible");
    await expect(field.getByText("время Алматы").isVisible()).resolves.toBe(true);
    await field.getByRole("button", { name: "1 ч" }).click();
    await field.getByText("«Срочно» сохранено.").waitFor();
    expect(await page.inputValue("#breakingUntil:visible")).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(await eventually(async () => ticker(await html("/")).includes(`href="/${slug}"`))).toBe(true);

    await page.goto(baseUrl + "/admin/breaking");
    await page.locator("[data-testid=breaking-list]:visible").getByRole("link", { name: title }).waitFor();

    await page.goto(baseUrl + editPath);
    await field.getByRole("button", { name: "Убрать из «Срочно»" }).click();
    await field.getByText("Статья убрана из «Срочно».").waitFor();
    expect(await eventually(async () => !ticker(await html("/")).includes(`href="/${slug}"`))).toBe(true);
  });

  it("puts the SEO title in the article's <title> and og:title, with a live counter in the editor", async () => {
    await page.goto(baseUrl + editPath);
    // The rich-text editor exists only once React runs: typed before that, a controlled field would be reset.
    await page.locator(".ProseMirror:visible").waitFor();
    const seoTitle = `SEO: срочно на трассе ${Date.now()}`;
    await page.fill("#seoTitle:visible", seoTitle);
    await page.locator("#seoTitle-count:visible", { hasText: `${seoTitle.length} / 60` }).waitFor();
    await page.fill("#seoDescription:visible", "д".repeat(170));
    await page.locator("#seoDescription-count:visible[data-over=true]").waitFor();
    await page.locator("[data-testid=search-preview]:visible", { hasText: seoTitle }).waitFor();
    await page.fill("#canonicalUrl:visible", "not a url");
    await page.click("button[value=publish]:visible");
    await page.locator("#canonicalUrl-error:visible", { hasText: "http:// или https://" }).waitFor();
    expect(await page.inputValue("#seoTitle:visible")).toBe(seoTitle);
    await page.fill("#canonicalUrl:visible", "");
    await publish();

    const hasSeoTitle = async () => {
      const document = await html(`/${slug}`);
      return document.includes(`<title>${seoTitle}</title>`) && document.includes(`<meta property="og:title" content="${seoTitle}"/>`);
    };
    expect(await eventually(hasSeoTitle)).toBe(true);
  });

  it("shows the author's photo and bio on their archive, with Person structured data", async () => {
    await page.goto(baseUrl + "/admin/profile");
    const form = page.locator("[data-testid=profile-form]:visible");
    const bio = `Пишет о дорогах и транспорте (${Date.now()}).`;
    await form.locator("#profile-bio").fill(bio);
    await form.locator("#profile-job").fill("Корреспондент");
    await form.getByRole("button", { name: /Выбрать фото|Заменить фото/ }).click();
    const png = await sharp({ create: { width: 600, height: 600, channels: 3, background: "#a53" } })
      .png()
      .toBuffer();
    await page.setInputFiles("[data-testid=body-image-input]", { name: "portret.png", mimeType: "image/png", buffer: png });
    await page.getByRole("button", { name: "Вставить" }).click();
    await form.getByRole("button", { name: "Сохранить профиль" }).click();
    await form.getByText("Профиль сохранён.").waitFor();

    const article = await html(`/${slug}`);
    const authorPath = /<a rel="author" class="byline__author" href="(\/author\/[a-z0-9-]+)"/.exec(article)?.[1];
    expect(authorPath).toBeDefined();
    const showsProfile = async () => {
      const archive = await html(authorPath!);
      return archive.includes(bio) && /class="author-intro"[\s\S]*?<img class="avatar"/.test(archive);
    };
    expect(await eventually(showsProfile)).toBe(true);
    const archive = await html(authorPath!);
    const person = [...archive.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => JSON.parse(m[1]!) as Record<string, unknown>)
      .find((data) => data["@type"] === "Person");
    expect(person).toMatchObject({ description: bio, jobTitle: "Корреспондент", url: expect.stringContaining(authorPath!) });
    expect(person?.image).toMatch(/\/media\/.+\.webp$/);
  });
});
