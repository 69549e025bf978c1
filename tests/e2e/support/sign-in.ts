import { inject } from "vitest";
import type { Browser, Page } from "playwright-core";

export type Account = { email: string; password: string };

/** Signs `account` in on `page`, by the way a person comes: the newsroom sends them to its sign-in form. */
export async function signInOn(page: Page, account: Account): Promise<Page> {
  await page.goto(inject("baseUrl") + "/admin");
  await page.waitForURL("**/admin/login");
  await page.fill("#email", account.email);
  await page.fill("#password", account.password);
  await page.click("button[type=submit]");
  await page.waitForURL("**/admin/articles");
  return page;
}

/** A new browser context (its own cookies) with `account` signed in. */
export async function signIn(browser: Browser, account: Account): Promise<Page> {
  return signInOn(await (await browser.newContext()).newPage(), account);
}
