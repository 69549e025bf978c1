import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { signIn as signInAs, type Account } from "./support/sign-in";

const baseUrl = inject("baseUrl");
const { admin, contributor } = inject("newsroom");
const fixtures = inject("readerFixtures");
/** The contributor's name as support/newsroom-accounts.ts creates it. */
const CONTRIBUTOR_NAME = "Внештатный автор";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Each account in its own browser context, as two people on two computers. */
const signIn = (account: Account) => signInAs(browser, account);

/** A new draft saved from the editor; the page stays on its editor. Returns its editor's path. */
async function saveDraft(page: Page, title: string): Promise<string> {
  await page.goto(baseUrl + "/admin/articles/new");
  await page.fill("#title", title);
  // Not the reader tests' category: their page counts were read before this article existed.
  const names = (await page.locator(".category-picker:visible .category-picker__row > label:first-child").allInnerTexts()).map((n) => n.trim());
  await page.getByRole("checkbox", { name: names.filter((n) => n !== fixtures.category.name).at(-1)!, exact: true }).check();
  await page.locator(".ProseMirror").click();
  await page.keyboard.type("Текст для проверки блокировки.");
  await page.click("button[value=draft]:visible");
  await page.waitForURL(/\/admin\/articles\/\d+\?saved=1/);
  return new URL(page.url()).pathname;
}

describe("safe editing in a browser", () => {
  it("shows who is editing an article to a second person, who may take it over", async () => {
    const writer = await signIn(contributor);
    const title = `Заметка под замком ${Date.now()}`;
    const editPath = await saveDraft(writer, title);

    const chief = await signIn(admin);
    await chief.goto(baseUrl + editPath);
    const notice = chief.getByRole("alertdialog");
    await notice.getByText(`Статью редактирует ${CONTRIBUTOR_NAME}`).waitFor();
    expect(await notice.getByRole("link", { name: "Назад к списку" }).getAttribute("href")).toBe("/admin/articles");

    await notice.getByRole("button", { name: "Перехватить" }).click();
    await notice.waitFor({ state: "detached" });
    // The writer hears of it at the next heartbeat (every 20 s).
    await writer
      .getByRole("alertdialog")
      .getByText(/перехватил\(а\) редактирование/)
      .waitFor({ timeout: 30_000 });
    await writer.context().close();
    await chief.context().close();
  });

  it("moves an article to «Корзина» and restores it from there", async () => {
    const page = await signIn(admin);
    const title = `Статья для корзины ${Date.now()}`;
    const editPath = await saveDraft(page, title);

    await page.getByRole("button", { name: "В корзину", exact: true }).click();
    await page.waitForURL("**/admin/trash?moved=1");
    const row = page.locator("[data-testid=trashed-articles]:visible tbody tr", { hasText: title });
    await row.waitFor();
    await page.goto(baseUrl + `/admin/articles?q=${encodeURIComponent(title)}`);
    await page.getByText("Найдено: 0").waitFor();

    await page.goto(baseUrl + "/admin/trash");
    await page.getByRole("button", { name: `Восстановить: ${title}` }).click();
    await page.waitForURL("**/admin/trash?restored=1");
    await page.locator("[data-testid=trashed-articles]:visible tbody tr", { hasText: title }).waitFor({ state: "detached" });
    await page.goto(baseUrl + `/admin/articles?q=${encodeURIComponent(title)}`);
    await page.locator("td a:visible", { hasText: title }).first().waitFor();
    expect(await page.locator(`a[href='${editPath}']:visible`).count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
