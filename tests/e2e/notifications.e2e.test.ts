import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { newReader } from "./support/clients";
import { waitForMail } from "./support/mailbox";

const baseUrl = inject("baseUrl");
const fixtures = inject("readerFixtures");
const { admin } = inject("newsroom");
const mailDir = inject("mailDir");
const articleUrl = `${baseUrl}/${fixtures.discussion.slug}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A new reader on the discussion article, without JavaScript: the form posts as a plain form. */
async function openArticle(): Promise<{ page: Page; email: string }> {
  const reader = await newReader(browser, { javaScript: false });
  const page = await reader.context.newPage();
  await page.goto(articleUrl);
  return { page, email: reader.email };
}

/** Fills and posts the form after a person's pause (a faster post is filed as a bot's). */
async function postComment(page: Page, values: { comment: string; author: string; email: string; remember?: boolean }): Promise<void> {
  await page.fill("#comment", values.comment);
  await page.fill("#author", values.author);
  await page.fill("#email", values.email);
  if (values.remember) await page.check("#wp-comment-cookies-consent");
  await page.waitForTimeout(3_100);
  await page.click("#commentform button[type=submit]");
  await page.waitForURL(/#comment-\d+$/);
}

describe("notifications by mail", () => {
  it("mails a reader's held comment to the moderator, who chose «Сразу» by default", async () => {
    const signedIn = await (await browser.newContext()).newPage();
    await signedIn.goto(`${baseUrl}/admin/login`);
    await signedIn.fill("#email", admin.email);
    await signedIn.fill("#password", admin.password);
    await signedIn.click("button[type=submit]");
    await signedIn.waitForURL("**/admin/articles");
    await signedIn.goto(`${baseUrl}/admin/profile`);
    expect(await signedIn.locator("input[name=commentMail][value=IMMEDIATE]:visible").isChecked()).toBe(true);
    expect(await signedIn.locator("[data-testid=mail-not-configured]").count()).toBe(0);
    await signedIn.context().close();

    const { page, email } = await openArticle();
    const text = `Проверка почты модератору ${Date.now()}`;
    await postComment(page, { comment: text, author: "Новый читатель", email });
    const mail = await waitForMail(mailDir, admin.email, (m) => (m.text ?? "").includes(text));
    expect(mail.subject).toMatch(/^Комментарий ждёт проверки: «.+»$/);
    expect(mail.text).toContain("/admin/comments?status=PENDING");
    await page.context().close();
  });
});

describe("the reply page without JavaScript", () => {
  it("fills the form with the name and email the reader asked to remember", async () => {
    const { page, email } = await openArticle();
    const name = `Запомненный читатель ${Date.now()}`;
    await postComment(page, { comment: `Комментарий, чтобы запомнить меня ${Date.now()}`, author: name, email, remember: true });

    await page.goto(`${articleUrl}/reply/${fixtures.discussion.commentId}`);
    expect(await page.locator("#reply-title").textContent()).toContain(`Ответ на комментарий: ${fixtures.discussion.commentAuthor}`);
    expect(await page.inputValue("#author")).toBe(name);
    expect(await page.inputValue("#email")).toBe(email);
    expect(await page.isChecked("#wp-comment-cookies-consent")).toBe(true);
    expect(await page.inputValue("#comment_parent")).toBe(String(fixtures.discussion.commentId));
    await page.context().close();
  });
});
