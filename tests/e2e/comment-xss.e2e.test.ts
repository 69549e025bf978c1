import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { newReader } from "./support/clients";
import { XSS_PAYLOADS } from "./support/xss-payloads";

const baseUrl = inject("baseUrl");
const fixtures = inject("readerFixtures");
const articleUrl = `${baseUrl}/${fixtures.discussion.slug}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Records any payload that runs: a call to window.__xss or any dialog. */
async function watch(page: Page, fired: string[]) {
  await page.exposeFunction("__xss", (n: number) => void fired.push(`__xss(${n}) on ${page.url()}`));
  page.on("dialog", (dialog) => {
    fired.push(`${dialog.type()}(${dialog.message()}) on ${page.url()}`);
    void dialog.dismiss();
  });
}

/** Posts the form through its script and waits until the answer is on the page. */
async function submit(page: Page, values: { comment: string; author: string; email: string; url: string }, ip: string, answer: string) {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": ip });
  await page.fill("#comment", values.comment);
  await page.fill("#author", values.author);
  await page.fill("#email", values.email);
  await page.fill("#url", values.url);
  await page.click("#commentform button[type=submit]");
  const message = page.locator("#respond .form-message", { hasText: answer });
  await message.waitFor({ timeout: 10_000 }).catch(async () => {
    throw new Error(`Expected «${answer}», the form says «${await page.locator("#respond .form-message").textContent()}» for ${JSON.stringify(values)}`);
  });
}

describe(`${XSS_PAYLOADS.length} script-injection attempts in every comment field`, () => {
  it("has at least 50 payloads", () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
  });

  it("never runs one: echoed back beside errors, shown as held comments, or reloaded", { timeout: 300_000 }, async () => {
    const fired: string[] = [];
    const reader = await newReader(browser);
    const page = await reader.context.newPage();
    await watch(page, fired);
    await page.goto(articleUrl);

    for (const [i, payload] of XSS_PAYLOADS.entries()) {
      const ip = `10.250.${Math.floor(i / 200)}.${(i % 200) + 1}`;
      // An invalid email and website send every field back into the form with errors.
      await submit(page, { comment: payload, author: payload, email: `${payload}@`, url: `https://x.kz/${payload}` }, ip, "исправьте ошибки");
      expect(await page.locator("#authorEmail-error").textContent()).toBe("Вы ввели неверный адрес электронной почты!");
      expect(await page.inputValue("#comment")).toBe(payload);
      // A valid post stores the payload as the comment and the name: shown back to its author.
      await submit(
        page,
        { comment: payload, author: payload.slice(0, 245), email: `xss${i}-${Date.now()}@mail.example`, url: "" },
        ip.replace("10.250", "10.251"),
        "Спасибо!",
      );
    }

    const held = page.locator(".comment--held");
    expect(await held.count()).toBeGreaterThan(0);
    const last = XSS_PAYLOADS.at(-1)!;
    expect(await page.locator(".comment--held .comment-author__name").last().textContent()).toBe(last);

    await page.reload();
    await page.waitForTimeout(500);
    expect(await page.locator(".comment--held").count()).toBeGreaterThan(0);
    expect(fired).toEqual([]);
    await reader.context.close();
  });
});
