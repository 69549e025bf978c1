import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { signIn as signInAs, type Account } from "./support/sign-in";

const baseUrl = inject("baseUrl");
const { admin, contributor } = inject("newsroom");
const fixtures = inject("readerFixtures");

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const signIn = (account: Account) => signInAs(browser, account);

/** A new article of one's own, saved with the editor's button `button` («Сохранить черновик», «На проверку»). */
async function newArticle(page: Page, title: string, button: string): Promise<number> {
  await page.goto(baseUrl + "/admin/articles/new");
  await page.fill("#title", title);
  // Not the reader tests' category: their page counts were read before these articles existed.
  const names = await page.locator(".category-picker:visible .category-picker__row > label:first-child").allInnerTexts();
  const category = names
    .map((n) => n.trim())
    .filter((n) => n !== fixtures.category.name)
    .at(-1)!;
  await page.getByRole("checkbox", { name: category, exact: true }).check();
  await page.locator(".ProseMirror").click();
  await page.keyboard.type(`Текст статьи «${title}».`);
  await page.getByRole("button", { name: button, exact: true }).click();
  await page.waitForURL(/\/admin\/articles\/\d+\?saved=1/);
  return Number(/\/admin\/articles\/(\d+)/.exec(page.url())![1]);
}

// Next 16 keeps the previous route's DOM hidden after navigating, so selectors ask for the visible element.
const count = async (page: Page, testId: string) => Number(await page.locator(`[data-testid=${testId}]:visible`).innerText());

describe("the newsroom dashboard and article list", () => {
  it("counts a contributor's own article sent for review, and the count links to the filtered list", async () => {
    const page = await signIn(contributor);
    await page.goto(baseUrl + "/admin");
    const before = await count(page, "count-pending-articles");
    const title = `На проверку с обзора ${Date.now()}`;
    await newArticle(page, title, "На проверку");

    await page.goto(baseUrl + "/admin");
    expect(await count(page, "count-pending-articles")).toBeGreaterThan(before);
    expect(await page.locator(".dashboard table:visible").getByText(title).count()).toBe(1);

    await page.locator("a:visible", { has: page.locator("[data-testid=count-pending-articles]") }).click();
    await page.waitForURL("**/admin/articles?status=PENDING");
    const row = page.locator("tbody tr:visible", { hasText: title });
    await row.waitFor();
    expect(await row.locator("td").nth(2).innerText()).toBe("На проверке");
    await page.context().close();
  });

  it("filters the list by status with the quick filters", async () => {
    const page = await signIn(admin);
    const title = `Черновик для фильтра ${Date.now()}`;
    await newArticle(page, title, "Сохранить черновик");
    await page.goto(baseUrl + "/admin/articles");
    const drafts = page.locator("[data-testid=status-DRAFT]:visible");
    expect(await drafts.innerText()).toMatch(/^Черновики \(\d+\)$/);
    await drafts.click();
    await page.waitForURL("**/admin/articles?status=DRAFT");
    await page.locator("tbody tr:visible", { hasText: title }).waitFor();
    const statuses = await page.locator("tbody tr:visible td:nth-child(3)").allInnerTexts();
    expect(new Set(statuses)).toEqual(new Set(["Черновик"]));
    await page.context().close();
  });

  it("publishes two of one's own new drafts in bulk", async () => {
    const page = await signIn(admin);
    const stamp = Date.now();
    const titles = [`Пакетная публикация А ${stamp}`, `Пакетная публикация Б ${stamp}`];
    for (const title of titles) await newArticle(page, title, "Сохранить черновик");

    await page.goto(`${baseUrl}/admin/articles?q=${encodeURIComponent(`Пакетная публикация`)}`);
    for (const title of titles) await page.getByRole("checkbox", { name: `Отметить «${title}»` }).check();
    await page.locator("select[name=op]:visible").selectOption("publish");
    await page.getByRole("button", { name: "Применить" }).click();
    await page.locator("[role=status]:visible", { hasText: "Опубликовано: 2" }).waitFor();

    for (const title of titles) {
      const row = page.locator("tbody tr:visible", { hasText: title });
      expect(await row.locator("td").nth(2).innerText()).toBe("Опубликована");
    }
    await page.context().close();
  });
});
