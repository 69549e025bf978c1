import pg from "pg";
import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { toLocalInput } from "../../lib/articles/local-time";
import { slugify } from "../../lib/slug";
import { pgConfigFromUrl } from "../../lib/db/pg-config";
import { launchBrowser } from "./support/browser";
import { signIn as signInAs, type Account } from "./support/sign-in";

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

async function signIn(account: Account): Promise<Page> {
  const page = await signInAs(browser, account);
  page.on("dialog", (dialog) => void dialog.accept(dialog.type() === "prompt" ? "Площадь у акимата" : undefined));
  return page;
}

/** The names in the editor's category list, but the reader tests' category. */
async function otherCategories(page: Page): Promise<string[]> {
  const names = await page.locator(".category-picker:visible .category-picker__row > label:first-child").allInnerTexts();
  return names.map((n) => n.trim()).filter((n) => n !== fixtures.category.name);
}

async function writeArticle(page: Page, title: string, body: string): Promise<void> {
  await page.goto(baseUrl + "/admin/articles/new");
  await page.fill("#title", title);
  // Not the reader tests' category: their page counts were read before these articles existed.
  await page.getByRole("checkbox", { name: (await otherCategories(page)).at(-1)!, exact: true }).check();
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

    const png = await sharp({ create: { width: 1400, height: 900, channels: 3, background: "#3a7" } })
      .png()
      .toBuffer();
    await page.click("button[title='Изображение']");
    await page.setInputFiles("[data-testid=body-image-input]", { name: "ploshchad.png", mimeType: "image/png", buffer: png });
    await page.fill("#picker-alt", "Площадь у акимата");
    await page.fill("#picker-caption", "Фото: пресс-служба акимата");
    await page.click("dialog.media-picker >> text=Вставить");
    await page.locator(".ProseMirror figure img").waitFor();
    const srcset = await page.locator(".ProseMirror figure img").getAttribute("srcset");
    expect(srcset).toMatch(/\/media\/[a-z0-9-]+\/320\.webp 320w, .*1280\.webp 1280w/);
    expect(await page.locator(".ProseMirror figcaption").innerText()).toBe("Фото: пресс-служба акимата");

    // The same picture again, found in the media library by its file name, with its own caption.
    await page.keyboard.press("End");
    await page.click("button[title='Изображение']");
    await page.fill("dialog.media-picker input[type=search]", "ploshchad");
    await page.click("dialog.media-picker button[type=submit]");
    await page.locator("dialog.media-picker li button[aria-label*='ploshchad']").first().click();
    await page.fill("#picker-alt", "Площадь, вид сверху");
    await page.fill("#picker-caption", "Второй снимок");
    await page.click("dialog.media-picker >> text=Вставить");
    await expect.poll(() => page.locator(".ProseMirror figure").count()).toBe(2);
    const [first, second] = await page.locator(".ProseMirror figure img").evaluateAll((imgs) => imgs.map((i) => i.getAttribute("src")));
    expect(second).toBe(first);

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
    expect(await page.locator(".prose figure img[alt='Площадь у акимата']").count()).toBe(1);
    expect(await page.locator(".prose figcaption").allInnerTexts()).toEqual(["Фото: пресс-служба акимата", "Второй снимок"]);

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
    expect(html).toContain("<figcaption>Фото: пресс-служба акимата</figcaption>");
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

  it("files an article in two categories with the second as primary: both feeds list it, labelled with the primary", async () => {
    const page = await signIn(admin);
    const title = `В двух рубриках ${Date.now()}`;
    await page.goto(baseUrl + "/admin/articles/new");
    await page.fill("#title", title);
    const [other, primary] = (await otherCategories(page)).slice(-2) as [string, string];
    await page.getByRole("checkbox", { name: other, exact: true }).check();
    await page.getByRole("checkbox", { name: primary, exact: true }).check();
    await page.getByRole("radio", { name: `Основная рубрика: ${primary}` }).check();
    await page.locator(".ProseMirror").click();
    await page.keyboard.type("Текст в двух рубриках.");
    await page.click("button[value=publish]");
    await page.waitForURL(/\/admin\/articles\/\d+\?saved=1/);
    expect(await page.locator("[data-testid=article-status]:visible").innerText()).toBe("Опубликована");
    expect(await page.getByRole("radio", { name: `Основная рубрика: ${primary}` }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: other, exact: true }).isChecked()).toBe(true);
    const slug = await page.locator("#slug:visible").inputValue();

    const reader = await (await browser.newContext()).newPage();
    for (const name of [other, primary]) {
      await reader.goto(`${baseUrl}/category/${slugify(name)}`);
      const card = reader.locator(".card", { has: reader.locator(".card__title", { hasText: title }) });
      expect(await card.count(), name).toBe(1);
      // textContent: the label is upper-cased by CSS.
      expect((await card.locator(".label").textContent())?.trim(), name).toBe(primary);
    }
    await reader.goto(`${baseUrl}/${slug}`);
    expect((await reader.locator(".article__header a.label").textContent())?.trim()).toBe(primary);
    expect(await reader.locator(".article__header a.label").getAttribute("href")).toBe(`/category/${slugify(primary)}`);
    await reader.context().close();
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
      ["/admin/comments", "Комментарии"],
      ["/admin/media", "Медиатека"],
      ["/admin/taxonomy", "Рубрики и метки"],
      ["/admin/ads", "Реклама и счётчики"],
      ["/admin/users", "Пользователи"],
      ["/admin/audit", "Журнал действий"],
    ];
    for (const [path, heading] of sections) {
      const response = await page.goto(baseUrl + path);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator("h1:visible").first().innerText(), path).toBe(heading);
    }
    expect(await page.locator("td", { hasText: "опубликовал(а) статью" }).count()).toBeGreaterThan(0);
    await page.goto(baseUrl + "/admin/articles?status=PUBLISHED&q=" + encodeURIComponent("Срочная"));
    await page.locator("td a", { hasText: "Срочная новость" }).first().click();
    await page.locator("a:visible", { hasText: "Редакции" }).click();
    await page.waitForURL(/\/revisions$/);
    expect(await page.locator("tbody tr:visible").count()).toBeGreaterThan(0);
  });

  it("creates a tag in the tags section and deletes it again", async () => {
    const page = await signIn(admin);
    await page.goto(baseUrl + "/admin/taxonomy");
    const name = `Паводок ${Date.now()}`;
    const newTag = page.getByLabel("Новая метка", { exact: true });
    await newTag.fill(name);
    await newTag.press("Enter");
    await page.getByText(`Метка «${name}» создана.`).waitFor();
    const row = page.locator("tr:visible", { has: page.locator(`input[aria-label='Название метки'][value='${name}']`) });
    await row.waitFor();
    expect(await row.locator("td").nth(1).innerText()).toBe(slugify(name));
    expect(await newTag.inputValue()).toBe("");
    await newTag.fill(name.toUpperCase());
    await newTag.press("Enter");
    await page.getByText(`Метка «${name}» уже есть.`).waitFor();
    await row.getByRole("button", { name: "Удалить" }).click();
    await row.waitFor({ state: "detached" });
  });

  it("puts a category under another: breadcrumbs on the child's archive, a link and its articles on the parent's, and no loops", async () => {
    const page = await signIn(admin);
    await page.goto(baseUrl + "/admin/taxonomy");
    // Other suites add categories (the WordPress import brings a hierarchy of its own), so the two are
    // chosen by what the table shows: top-level, without subcategories, with articles, not the reader tests' one.
    await page.locator("tr[data-depth]").first().waitFor();
    const rows = await page.locator("tr[data-depth]:visible").evaluateAll((trs) =>
      trs.map((tr, i) => ({
        name: (tr.querySelector("input[aria-label='Название рубрики']") as HTMLInputElement).value,
        slug: tr.children[1]!.textContent!.trim(),
        count: Number(tr.children[3]!.textContent),
        depth: Number(tr.getAttribute("data-depth")),
        hasChildren: Number(trs[i + 1]?.getAttribute("data-depth") ?? 0) > Number(tr.getAttribute("data-depth")),
      })),
    );
    const candidates = rows.filter((r) => r.depth === 0 && !r.hasChildren && r.count > 0 && r.name !== fixtures.category.name);
    expect(candidates.length, JSON.stringify(rows)).toBeGreaterThanOrEqual(2);
    const [parentRow, childRow] = candidates.slice(-2) as [(typeof candidates)[number], (typeof candidates)[number]];
    const [parent, child] = [parentRow.name, childRow.name];
    const reader = await (await browser.newContext()).newPage();
    const newest = async (slug: string) => {
      await reader.goto(`${baseUrl}/category/${slug}`);
      const time = reader.locator(".archive .card time").first();
      return (await time.count()) ? ((await time.getAttribute("datetime")) ?? "") : "";
    };
    const [parentNewest, childNewest] = [await newest(parentRow.slug), await newest(childRow.slug)];
    const setParent = async (of: string, to: string) => {
      const row = page.locator("tr:visible", { has: page.locator(`input[aria-label='Название рубрики'][value='${of}']`) });
      await row.getByLabel(`Родительская рубрика для «${of}»`).selectOption({ label: to });
      await row.getByRole("button", { name: "Сохранить" }).click();
      return row;
    };

    await (await setParent(child, parent)).getByText(`«${child}» теперь внутри «${parent}».`).waitFor();
    try {
      await page.reload();
      await (
        await setParent(parent, child)
      )
        .getByText(`«${child}» находится внутри «${parent}»: рубрика не может стать дочерней для своей подрубрики.`)
        .waitFor();

      await reader.goto(`${baseUrl}/category/${childRow.slug}`);
      expect(await reader.locator("nav.breadcrumbs a").allInnerTexts()).toEqual(["Главная", parent]);
      await reader.goto(`${baseUrl}/category/${parentRow.slug}`);
      expect(await reader.locator("nav.archive__subsections a").allInnerTexts()).toEqual([child]);
      expect(await reader.locator(".archive .card time").first().getAttribute("datetime")).toBe(childNewest > parentNewest ? childNewest : parentNewest);
    } finally {
      await reader.context().close();
      await page.reload();
      await (await setParent(child, "— верхний уровень —")).getByText(`«${child}» теперь рубрика верхнего уровня.`).waitFor();
    }
  });

  it("lists a staff member's sessions and signs out every other device", async () => {
    const laptop = await signIn(contributor);
    const phone = await signIn(contributor);
    await laptop.locator("a[href='/admin/profile']").click();
    await laptop.waitForURL("**/admin/profile");
    const rows = laptop.locator("[data-testid=sessions]:visible tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    expect(await rows.filter({ hasText: "Этот сеанс" }).count()).toBe(1);
    await laptop.getByRole("button", { name: "Выйти на всех других устройствах" }).click();
    await laptop.getByText(/Завершено сеансов: \d+\./).waitFor();
    await phone.goto(baseUrl + "/admin/articles");
    await phone.waitForURL("**/admin/login");
    await laptop.reload();
    await laptop.locator("[data-testid=sessions]:visible").waitFor();
    expect(await laptop.locator("[data-testid=sessions]:visible tbody tr").count()).toBe(1);
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
  it("approves a held comment from the queue, and an anonymous reader sees it within a second", async () => {
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

      // An anonymous reader, on the cached article page, within a second of the approval.
      const reader = await (await browser.newContext()).newPage();
      await expect
        .poll(
          async () => {
            await reader.goto(`${baseUrl}/${fixtures.article.slug}`);
            return reader.locator(`#comment-${id} .comment-content`).count();
          },
          { timeout: 1_500, interval: 100 },
        )
        .toBe(1);
      expect(await reader.locator(`#comment-${id} .comment-content`).innerText()).toBe(text);
      await reader.context().close();
    } finally {
      await client.query(`DELETE FROM "Comment" WHERE content LIKE 'Жду ответа редакции %'`);
      await client.end();
    }
  });
});
