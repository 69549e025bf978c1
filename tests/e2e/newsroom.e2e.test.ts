import pg from "pg";
import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { toLocalInput } from "../../lib/articles/local-time";
import { slugify } from "../../lib/slug";
import { pgConfigFromUrl } from "../../lib/db/pg-config";
import { launchBrowser } from "./support/browser";

const baseUrl = inject("baseUrl");
const { admin, contributor } = inject("newsroom");
const fixtures = inject("readerFixtures");
const databaseUrl = inject("databaseUrl");
const SITE_TIMEZONE = "Asia/Almaty";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on("dialog", (dialog) => void dialog.accept(dialog.type() === "prompt" ? "Площадь у акимата" : undefined));
  await page.goto(baseUrl + "/admin");
  await page.waitForURL("**/admin/login");
  await page.fill("#email", account.email);
  await page.fill("#password", account.password);
  await page.click("button[type=submit]");
  await page.waitForURL("**/admin/articles");
  return page;
}

async function writeArticle(page: Page, title: string, body: string): Promise<void> {
  await page.goto(baseUrl + "/admin/articles/new");
  await page.fill("#title", title);
  // Not the reader tests' category: their page counts were read before these articles existed.
  const categories = await page.locator("#categoryId option").allInnerTexts();
  await page.selectOption("#categoryId", { label: categories.filter((c) => c !== fixtures.category.name && !c.startsWith("—")).at(-1)! });
  await page.fill("#tags", "новая метка, дороги");
  await page.locator(".ProseMirror").click();
  await page.keyboard.type(body);
  await page.keyboard.press("Enter");
  await page.click("button[title='Полужирный']");
  await page.keyboard.type("Главное");
}

// Next 16 keeps the previous route's DOM hidden after navigating, so selectors ask for the visible element.
const status = (path: string) => fetch(baseUrl + path).then((r) => r.status);

describe("the newsroom in a browser", () => {
  it("refuses a wrong password with a clear message", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(baseUrl + "/admin/login");
    await page.fill("#email", admin.email);
    await page.fill("#password", "не тот пароль");
    await page.click("button[type=submit]");
    await expect(page.locator("[role=alert]").getByText("Неверный email или пароль.").waitFor()).resolves.toBeUndefined();
    expect(await page.inputValue("#email")).toBe(admin.email);
    await page.close();
  });

  it("writes an article with an image, schedules it a minute ahead and it appears by itself", async () => {
    const page = await signIn(admin);
    const title = `Запланированный репортаж ${Date.now()}`;
    await writeArticle(page, title, "Первый абзац репортажа.");

    const png = await sharp({ create: { width: 1400, height: 900, channels: 3, background: "#3a7" } }).png().toBuffer();
    await page.setInputFiles("[data-testid=body-image-input]", { name: "photo.png", mimeType: "image/png", buffer: png });
    await page.locator(".ProseMirror img").waitFor();
    const srcset = await page.locator(".ProseMirror img").getAttribute("srcset");
    expect(srcset).toMatch(/\/media\/[a-z0-9-]+\/320\.webp 320w, .*1280\.webp 1280w/);

    // At least 30 s ahead, on a minute boundary (the field has minute precision).
    const at = new Date(Math.ceil((Date.now() + 30_000) / 60_000) * 60_000);
    await page.fill("#publishedAt", toLocalInput(at, SITE_TIMEZONE));
    await page.click("button[value=publish]");
    await page.waitForURL(/\/admin\/articles\/\d+\?saved=1/);
    expect(await page.locator("[data-testid=article-status]:visible").innerText()).toBe("Запланирована");

    const slug = await page.locator("#slug:visible").inputValue();
    expect(slug).toBe(slugify(title));
    expect(await status("/" + slug)).toBe(404);
    // Staff preview shows the unpublished version with its image; anonymous visitors are sent to sign in.
    const id = /\/admin\/articles\/(\d+)/.exec(page.url())![1];
    await page.goto(`${baseUrl}/admin/articles/${id}/preview`);
    expect(await page.locator("h1.article__title").innerText()).toBe(title);
    expect(await page.locator(".prose img[alt='Площадь у акимата']").count()).toBe(1);

    let visibleAt = 0;
    while (Date.now() < at.getTime() + 20_000) {
      if ((await status("/" + slug)) === 200) {
        visibleAt = Date.now();
        break;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(visibleAt, "the scheduled article appeared").toBeGreaterThanOrEqual(at.getTime());
    const html = await (await fetch(`${baseUrl}/${slug}`)).text();
    expect(html).toContain(title);
    expect(html).toContain("<strong>Главное</strong>");
    expect(await (await fetch(baseUrl + "/")).text()).toContain(title);
  }, 150_000);

  it("publishes another article that shows on the home page, its category and its own page", async () => {
    const page = await signIn(admin);
    const title = `Срочная новость ${Date.now()}`;
    await writeArticle(page, title, "Текст срочной новости.");
    await page.click("button[value=publish]");
    await page.waitForURL(/\/admin\/articles\/\d+\?saved=1/);
    expect(await page.locator("[data-testid=article-status]:visible").innerText()).toBe("Опубликована");
    const slug = await page.locator("#slug:visible").inputValue();

    const reader = await (await browser.newContext()).newPage();
    await reader.goto(baseUrl + "/");
    expect(await reader.content()).toContain(title);
    const response = await reader.goto(`${baseUrl}/${slug}`);
    expect(response?.status()).toBe(200);
    expect(await reader.locator("h1").innerText()).toBe(title);
    await reader.locator(".article__header a.label").click();
    await reader.waitForURL(/\/category\//);
    expect(await reader.locator(".card__title").first().innerText()).toBe(title);
  });

  it("lets a contributor submit for review but not publish", async () => {
    const page = await signIn(contributor);
    const title = `Заметка участника ${Date.now()}`;
    await writeArticle(page, title, "Текст участника.");
    expect(await page.locator("button[value=publish]").count()).toBe(0);
    await page.click("button[value=pending]");
    await page.waitForURL(/\/admin\/articles\/\d+\?saved=1/);
    expect(await page.locator("[data-testid=article-status]:visible").innerText()).toBe("На проверке");
    expect(await status("/" + (await page.locator("#slug:visible").inputValue()))).toBe(404);
    // Not even a hand-made request can publish: the server answers with the refusal.
    await page.evaluate(() => {
      const button = document.createElement("button");
      button.type = "submit";
      button.name = "intent";
      button.value = "publish";
      button.id = "forged";
      const visible = [...document.querySelectorAll<HTMLElement>("aside.editor-side")].find((el) => el.offsetParent !== null);
      visible!.append(button);
    });
    await page.click("#forged");
    await page.getByText("У вас нет права публиковать. Отправьте статью на проверку.").waitFor();
    expect(await page.locator("[data-testid=article-status]:visible").innerText()).toBe("На проверке");
  });

  it("opens every newsroom section for an administrator, and the audit log shows the publications", async () => {
    const page = await signIn(admin);
    const sections: [string, string][] = [
      ["/admin/comments", "Комментарии"], ["/admin/media", "Медиатека"], ["/admin/taxonomy", "Рубрики"],
      ["/admin/ads", "Рекламные места"], ["/admin/users", "Пользователи"], ["/admin/audit", "Журнал действий"],
    ];
    for (const [path, heading] of sections) {
      const response = await page.goto(baseUrl + path);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator("h1:visible").first().innerText(), path).toBe(heading);
    }
    expect(await page.locator("td", { hasText: "article.published" }).count()).toBeGreaterThan(0);
    await page.goto(baseUrl + "/admin/articles?status=PUBLISHED&q=" + encodeURIComponent("Срочная"));
    await page.locator("td a", { hasText: "Срочная новость" }).first().click();
    await page.locator("a:visible", { hasText: "Редакции" }).click();
    await page.waitForURL(/\/revisions$/);
    expect(await page.locator("tbody tr:visible").count()).toBeGreaterThan(0);
  });

  it("warns before leaving an editor with unsaved changes", async () => {
    const page = await signIn(admin);
    await page.goto(baseUrl + "/admin/articles/new");
    await page.fill("#title", "Несохранённое");
    let warned = false;
    page.removeAllListeners("dialog");
    page.on("dialog", (dialog) => {
      warned = true;
      void dialog.dismiss();
    });
    await page.click("nav a[href='/admin/articles']");
    await page.waitForTimeout(300);
    expect(warned).toBe(true);
    expect(page.url()).toContain("/admin/articles/new");
  });
});

// A held comment is written straight into the database (only a database server allows a second writer).
describe.skipIf(!databaseUrl)("moderating comments in a browser", () => {
  it("approves a held comment from the queue", async () => {
    const client = new pg.Client(pgConfigFromUrl(databaseUrl!));
    await client.connect();
    try {
      const text = `Жду ответа редакции ${Date.now()}`;
      const { rows } = await client.query<{ id: number }>(
        `INSERT INTO "Comment" ("articleId", "authorName", "authorEmail", content, "contentHtml", status, "updatedAt")
         SELECT id, 'Читатель', 'reader@example.kz', $1, '<p>' || $1 || '</p>', 'PENDING', now() FROM "Article" WHERE slug = $2 RETURNING id`,
        [text, fixtures.article.slug],
      );
      const id = rows[0]!.id;
      const page = await signIn(admin);
      await page.goto(baseUrl + "/admin/comments");
      const pendingBefore = Number(await page.locator("[data-testid=count-PENDING]:visible").innerText());
      const row = page.locator(`tr[data-comment-id="${id}"]:visible`);
      expect(await row.locator(".comment-text").innerText()).toBe(text);
      await row.getByRole("button", { name: "Одобрить" }).click();
      await page.waitForFunction((n) => document.querySelector("[data-testid=count-PENDING]")?.textContent === String(n), pendingBefore - 1);
      const stored = await client.query<{ status: string }>(`SELECT status FROM "Comment" WHERE id = $1`, [id]);
      expect(stored.rows[0]!.status).toBe("APPROVED");
      await page.goto(baseUrl + "/admin/comments?status=APPROVED");
      expect(await page.locator(`tr[data-comment-id="${id}"]:visible .comment-text`).innerText()).toBe(text);
    } finally {
      await client.end();
    }
  });
});
