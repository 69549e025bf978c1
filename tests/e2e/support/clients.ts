import type { Browser, BrowserContext } from "playwright-core";

let counter = 0;

/** A reader on their own address (the app trusts X-Forwarded-For in tests) and their own email. */
export async function newReader(browser: Browser, { javaScript = true } = {}): Promise<{ context: BrowserContext; email: string; ip: string }> {
  counter++;
  const ip = `10.${100 + (process.pid % 100)}.${Math.floor(counter / 250)}.${(counter % 250) + 1}`;
  const context = await browser.newContext({ javaScriptEnabled: javaScript, extraHTTPHeaders: { "x-forwarded-for": ip } });
  return { context, email: `reader${process.pid}-${counter}-${Date.now()}@mail.example`, ip };
}
