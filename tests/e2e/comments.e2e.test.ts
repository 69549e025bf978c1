import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { newReader } from "./support/clients";

const baseUrl = inject("baseUrl");
const fixtures = inject("readerFixtures");
const articleUrl = `${baseUrl}/${fixtures.discussion.slug}`;
const known = [...fixtures.knownCommenters];
const knownCommenter = () => {
  const commenter = known.shift();
  if (!commenter) throw new Error("No more known commenters in the demo content");
  return commenter;
};

/** People take a few seconds to write; a faster post is filed as a bot's. */
const typingPause = (page: Page) => page.waitForTimeout(3_100);

async function fill(page: Page, values: { comment?: string; author?: string; email?: string; url?: string }) {
  if (values.comment !== undefined) await page.fill("#comment", values.comment);
  if (values.author !== undefined) await page.fill("#author", values.author);
  if (values.email !== undefined) await page.fill("#email", values.email);
  if (values.url !== undefined) await page.fill("#url", values.url);
}

/** Fills the form, waits as a person would and posts it without JavaScript: the answer is a redirect to the new comment. */
async function postWithoutScript(page: Page, values: Parameters<typeof fill>[1]): Promise<void> {
  await fill(page, values);
  await typingPause(page);
  await page.click("#commentform button[type=submit]");
  await page.waitForURL(/#comment-\d+$/);
}

/** A new reader (own address and email) on the discussion article. */
async function openArticle(options?: { javaScript?: boolean }) {
  const reader = await newReader(browser, options);
  const page = await reader.context.newPage();
  await page.goto(articleUrl);
  return { ...reader, page };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("commenting without JavaScript", () => {
  it("shows each error beside its field in the site's words and keeps what was typed", async () => {
    const { context, page } = await openArticle({ javaScript: false });
    expect(await page.locator("#reply-title").textContent()).toContain("Оставьте ответ");
    await page.click("#commentform button[type=submit]");
    await page.waitForLoadState();
    expect(await page.locator("#content-error").textContent()).toBe("Пожалуйста, введите ваш комментарий!");
    expect(await page.locator("#authorName-error").textContent()).toBe("пожалуйста, введите ваше имя здесь");
    expect(await page.locator("#authorEmail-error").textContent()).toBe("Пожалуйста, введите адрес электронной почты здесь");

    await fill(page, { comment: "Текст, который нельзя терять", author: "Асель", email: "asel@" });
    await page.click("#commentform button[type=submit]");
    await page.waitForLoadState();
    expect(await page.locator("#authorEmail-error").textContent()).toBe("Вы ввели неверный адрес электронной почты!");
    expect(await page.inputValue("#comment")).toBe("Текст, который нельзя терять");
    expect(await page.inputValue("#author")).toBe("Асель");
    expect(await page.locator("#comment").getAttribute("aria-invalid")).toBeNull();
    expect(await page.locator("#email").getAttribute("aria-invalid")).toBe("true");
    await context.close();
  });

  it("holds a first comment, shows it to its author with the notice and to nobody else", async () => {
    const { page, ...author } = await openArticle({ javaScript: false });
    const text = `Впервые пишу здесь ${Date.now()}`;
    await postWithoutScript(page, { comment: text, author: "Новый читатель", email: author.email });
    const id = new URL(page.url()).hash.slice(1);
    const mine = page.locator(`#${id}`);
    expect(await mine.locator(".comment-content").textContent()).toBe(text);
    expect(await mine.locator(".comment-awaiting-moderation").textContent()).toBe("Ваш комментарий ожидает проверки");
    const reloaded = await page.reload();
    expect(await page.locator(`#${id} .comment-awaiting-moderation`).count()).toBe(1);
    // The page carries the reader's name and email: no cache may keep it or hand it on.
    expect(await reloaded?.headerValue("cache-control")).toBe("private, no-store");
    expect(await reloaded?.headerValue("vary")).toMatch(/\bCookie\b/);

    const { page: otherPage, ...other } = await openArticle();
    expect(await otherPage.content()).not.toContain(text);
    await author.context.close();
    await other.context.close();
  });

  it("publishes a known commenter's comment for everyone at once, and counts it", async () => {
    const { page, ...reader } = await openArticle({ javaScript: false });
    const countBefore = Number((await page.locator("#comments-title").textContent())?.match(/^\d+/)?.[0] ?? 0);
    const text = `Опубликуйте сразу ${Date.now()}`;
    const commenter = knownCommenter();
    await postWithoutScript(page, { comment: text, author: commenter.name, email: commenter.email });
    expect(await page.locator(".comment-awaiting-moderation").count()).toBe(0);
    expect(await page.content()).toContain(text);

    const { page: other, ...anonymous } = await openArticle();
    expect(await other.content()).toContain(text);
    expect(await other.locator("#comments-title").textContent()).toMatch(new RegExp(`^${countBefore + 1} комментари`));
    await reader.context.close();
    await anonymous.context.close();
  });

  it("replies through the reply link's own page", async () => {
    const { page, ...reader } = await openArticle({ javaScript: false });
    await page.click(`#comment-${fixtures.discussion.commentId} > article .comment-reply-link`);
    await page.waitForURL(`**/${fixtures.discussion.slug}/reply/${fixtures.discussion.commentId}#respond`);
    expect(await page.locator("#reply-title").textContent()).toContain(`Ответ на комментарий: ${fixtures.discussion.commentAuthor}`);
    const text = `Ответ без скриптов ${Date.now()}`;
    const commenter = knownCommenter();
    await postWithoutScript(page, { comment: text, author: commenter.name, email: commenter.email });
    const reply = page.locator(`#comment-${fixtures.discussion.commentId} > ol.comment-list > li`, { hasText: text });
    expect(await reply.count()).toBe(1);
    await reader.context.close();
  });
});

describe("commenting with JavaScript", () => {
  it("shows errors in place without reloading, announced to screen readers", async () => {
    const { context, page } = await openArticle();
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.click("#commentform button[type=submit]");
    await page.locator("#content-error").filter({ hasText: "Пожалуйста, введите ваш комментарий!" }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(await page.locator("#respond [role=alert]").textContent()).toContain("исправьте ошибки");
    expect(await page.locator("#comment").getAttribute("aria-invalid")).toBe("true");
    await context.close();
  });

  it("shows a pending state, then the published comment in place", async () => {
    const { context } = await newReader(browser);
    const page = await context.newPage();
    await page.route(`${articleUrl}`, async (route) => {
      if (route.request().method() === "POST") await new Promise((r) => setTimeout(r, 800));
      await route.continue();
    });
    await page.goto(articleUrl);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
    const text = `С JavaScript ${Date.now()}`;
    const commenter = knownCommenter();
    await fill(page, { comment: text, author: commenter.name, email: commenter.email });
    await typingPause(page);
    await page.click("#commentform button[type=submit]");
    const button = page.locator("#commentform button[type=submit]");
    expect(await button.textContent()).toBe("Отправка…");
    expect(await button.isDisabled()).toBe(true);
    await page.locator(".comment-content", { hasText: text }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);
    expect(await page.locator("#respond [role=status]").textContent()).toBe("Спасибо! Ваш комментарий опубликован.");
    await context.close();
  });

  it("moves the form under the comment being answered and nests the reply", async () => {
    const { context, page } = await openArticle();
    await page.click(`#comment-${fixtures.discussion.commentId} > article .comment-reply-link`);
    expect(page.url()).toBe(articleUrl);
    expect(await page.locator(`#comment-${fixtures.discussion.commentId} > #respond`).count()).toBe(1);
    expect(await page.inputValue("#comment_parent")).toBe(String(fixtures.discussion.commentId));
    expect(await page.locator("#reply-title").textContent()).toContain(`Ответ на комментарий: ${fixtures.discussion.commentAuthor}`);
    const text = `Ответ со скриптом ${Date.now()}`;
    const commenter = knownCommenter();
    await fill(page, { comment: text, author: commenter.name, email: commenter.email });
    await typingPause(page);
    await page.click("#commentform button[type=submit]");
    await page.locator(`#comment-${fixtures.discussion.commentId} > ol.comment-list > li`, { hasText: text }).waitFor();
    await context.close();
  });

  it("shows a held comment to its author with the notice, and not to another reader", async () => {
    const { page, ...author } = await openArticle();
    const text = `На проверку ${Date.now()}`;
    await fill(page, { comment: text, author: "Новичок", email: author.email });
    await typingPause(page);
    await page.click("#commentform button[type=submit]");
    const mine = page.locator(".comment", { hasText: text });
    await mine.waitFor();
    expect(await mine.locator(".comment-awaiting-moderation").textContent()).toBe("Ваш комментарий ожидает проверки");
    expect(await page.locator("#respond [role=status]").textContent()).toBe("Спасибо! Ваш комментарий ожидает проверки.");

    const { page: otherPage, ...other } = await openArticle();
    expect(await otherPage.content()).not.toContain(text);
    await author.context.close();
    await other.context.close();
  });
});
