import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";

const baseUrl = inject("baseUrl");
const fixtures = inject("readerFixtures");
const { admin } = inject("newsroom");

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Violation = { directive: string; blocked: string; sample: string };

/** A page that reports every Content-Security-Policy violation of every document it shows (the listener is installed before any page script). */
async function watchedPage(): Promise<{ page: Page; violations: () => Promise<Violation[]> }> {
  const context = await browser.newContext();
  const seen: Violation[] = [];
  await context.exposeBinding("__reportViolation", (_source, violation: Violation) => void seen.push(violation));
  await context.addInitScript(() => {
    const report = (window as unknown as { __reportViolation: (v: Violation) => void }).__reportViolation;
    document.addEventListener("securitypolicyviolation", (e) => report({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }));
  });
  const page = await context.newPage();
  const violations = async () => {
    // Not "networkidle": the newsroom's link prefetches can keep the network busy for long on a loaded machine.
    await page.waitForLoadState("load");
    await page.waitForTimeout(500); // late chunks, the event, then the binding's round trip
    return seen.splice(0);
  };
  return { page, violations };
}

describe("the Content-Security-Policy in Chromium", () => {
  it("reader pages run their scripts by hash, without 'unsafe-inline', and nothing is refused", async () => {
    const { page, violations } = await watchedPage();
    const article = await page.goto(`${baseUrl}/${fixtures.article.slug}`);
    const policy = (await article!.allHeaders())["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
    expect(policy).not.toContain("unsafe-inline");
    const tag = await page.locator('a[href^="/tag/"]').first().getAttribute("href");
    const author = await page.locator('a[href^="/author/"]').first().getAttribute("href");

    const pages = ["/", `/category/${fixtures.category.slug}`, `/category/${fixtures.category.slug}/page/2`, tag!, author!, "/search", "/no-such-page-here"];
    for (const path of pages) {
      await page.goto(baseUrl + path);
      expect(await violations(), path).toEqual([]);
    }

    // Search results arrive in a streamed part that React's inline script reveals.
    await page.goto(`${baseUrl}/search?q=${encodeURIComponent(fixtures.article.title.split(" ")[0]!)}`);
    await expect.poll(() => page.locator("main article, main li a").count()).toBeGreaterThan(0);
    expect(await page.locator("[hidden] >> text=" + fixtures.article.title).count()).toBe(0);
    expect(await violations(), "/search?q=").toEqual([]);

    // The comment form's script runs and fetches its view token.
    const token = page.waitForResponse((r) => r.url().includes("/api/comments/token"));
    await page.goto(`${baseUrl}/${fixtures.discussion.slug}`);
    expect((await token).status()).toBe(200);
    await page.click(`a.comment-reply-link >> nth=0`);
    await expect.poll(() => page.inputValue("#comment_parent")).not.toBe("0");
    expect(await violations(), fixtures.discussion.slug).toEqual([]);

    // And the watcher does see a refusal: a script injected into the page does not run.
    await page.evaluate(() => {
      const injected = document.createElement("script");
      injected.textContent = "document.body.dataset.injected = 'ran'";
      document.body.append(injected);
    });
    expect((await violations()).map((v) => v.directive)).toEqual(["script-src-elem"]);
    expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
  }, 120_000);

  it("the newsroom runs on a per-request nonce with 'strict-dynamic', and its main screens refuse nothing", async () => {
    const { page, violations } = await watchedPage();
    const login = await page.goto(baseUrl + "/admin/login");
    const policy = (await login!.allHeaders())["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    const again = (await (await fetch(baseUrl + "/admin/login")).headers.get("content-security-policy")) ?? "";
    expect(again).not.toBe(policy);
    await page.fill("#email", admin.email);
    await page.fill("#password", admin.password);
    await page.click("button[type=submit]");
    await page.waitForURL("**/admin/articles");
    expect(await violations(), "/admin/articles").toEqual([]);

    for (const path of ["/admin", "/admin/comments", "/admin/taxonomy", "/admin/media", "/admin/users", "/admin/ads", "/admin/audit", "/admin/profile"]) {
      await page.goto(baseUrl + path);
      expect(await violations(), path).toEqual([]);
    }
    // The editor is React in the browser: it only becomes editable when the nonce let its scripts run.
    await page.goto(baseUrl + "/admin/articles/new");
    await page.locator(".ProseMirror").click();
    await page.keyboard.type("Проверка политики");
    await expect.poll(() => page.locator(".ProseMirror").innerText()).toContain("Проверка политики");
    expect(await violations(), "/admin/articles/new").toEqual([]);
  }, 120_000);

  it("a client cannot choose the nonce: a policy sent in the request is replaced", async () => {
    const res = await fetch(baseUrl + "/admin/login", { headers: { "content-security-policy": "script-src 'nonce-chosenbyclient'" } });
    const html = await res.text();
    expect(html).not.toContain("chosenbyclient");
    expect(res.headers.get("content-security-policy")).not.toContain("chosenbyclient");
  });
});
