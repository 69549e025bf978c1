import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { signIn as signInAs } from "./support/sign-in";

const baseUrl = inject("baseUrl");
const { admin } = inject("newsroom");
const fixtures = inject("readerFixtures");

const VIDEO_ID = "dQw4w9WgXcQ";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const isLocal = (url: string) => {
  const { protocol, hostname } = new URL(url);
  return protocol === "data:" || protocol === "blob:" || ["localhost", "127.0.0.1", "[::1]"].includes(hostname);
};

const signIn = () => signInAs(browser, admin);

/** What a browser does when someone pastes `text` copied from the address bar. */
async function paste(page: Page, text: string): Promise<void> {
  await page.locator(".ProseMirror").evaluate((editor, value) => {
    const data = new DataTransfer();
    data.setData("text/plain", value);
    editor.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

describe("a YouTube video in an article", () => {
  it("is pasted by an editor, and a reader's browser asks nothing of a third party until «Смотреть»", async () => {
    const page = await signIn();
    const title = `Видео с пресс-конференции ${Date.now()}`;
    await page.goto(baseUrl + "/admin/articles/new");
    await page.fill("#title", title);
    // Not the reader tests' category: their page counts were read before this article existed.
    const categories = await page.locator(".category-picker:visible .category-picker__row > label:first-child").allInnerTexts();
    const category = categories
      .map((n) => n.trim())
      .filter((n) => n !== fixtures.category.name)
      .at(-1)!;
    await page.getByRole("checkbox", { name: category, exact: true }).check();
    await page.locator(".ProseMirror").click();
    await page.keyboard.type("Запись пресс-конференции акима.");
    await page.keyboard.press("Enter");
    await paste(page, `https://youtu.be/${VIDEO_ID}?si=share`);
    await page.locator(`.ProseMirror figure.embed[data-embed="youtube"][data-embed-id="${VIDEO_ID}"]`).waitFor();
    await page.click("button[value=publish]");
    await page.waitForURL(/\/admin\/articles\/\d+\?saved=1/);
    expect(await page.locator("[data-testid=article-status]:visible").innerText()).toBe("Опубликована");
    const slug = await page.locator("#slug:visible").inputValue();
    await page.close();

    // The reader: every request recorded; anything leaving this machine is aborted, so no internet is needed.
    const context = await browser.newContext();
    await context.route(
      (url) => !isLocal(url.href),
      (route) => route.abort(),
    );
    const reader = await context.newPage();
    const requests: string[] = [];
    reader.on("request", (request: Request) => requests.push(request.url()));
    const response = await reader.goto(`${baseUrl}/${slug}`, { waitUntil: "load" });
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("frame-src https://www.youtube-nocookie.com");

    const watch = reader.locator(".prose figure.embed").getByRole("link", { name: "Смотреть" });
    await watch.waitFor();
    expect(await reader.locator(".prose figure.embed .embed-title").innerText()).toContain("YouTube");
    // Without JavaScript the button is a link to the original.
    expect(await watch.getAttribute("href")).toBe(`https://www.youtube.com/watch?v=${VIDEO_ID}`);
    expect(await reader.locator("iframe").count()).toBe(0);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);

    await watch.click();
    const frame = reader.locator(".prose figure.embed iframe");
    await frame.waitFor({ state: "attached" });
    expect(await frame.getAttribute("src")).toBe(`https://www.youtube-nocookie.com/embed/${VIDEO_ID}?autoplay=1`);
    expect(reader.url()).toBe(`${baseUrl}/${slug}`);
    await expect.poll(() => requests.some((url) => url.startsWith(`https://www.youtube-nocookie.com/embed/${VIDEO_ID}`))).toBe(true);
    expect(requests.filter((url) => !isLocal(url)).every((url) => url.startsWith("https://www.youtube-nocookie.com/"))).toBe(true);
    await context.close();
  }, 90_000);
});
