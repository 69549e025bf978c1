import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { toLocalInput } from "@/lib/articles/local-time";
import { launchBrowser } from "./support/browser";
import { signIn as signInAs } from "./support/sign-in";

const baseUrl = inject("baseUrl");
const fixtures = inject("readerFixtures");
const { admin } = inject("newsroom");
const SITE_TIMEZONE = process.env.SITE_TIMEZONE ?? "Asia/Almaty";

/** A fake ad network: its script puts a banner where it was included. */
const AD_SCRIPT = `(function(){var s=document.currentScript;var d=document.createElement("div");d.className="fake-banner";d.textContent="Баннер сети";s.parentNode.insertBefore(d,s)})();`;
const COUNTER = `<script>document.documentElement.dataset.counter="ok"</script>`;

let browser: Browser;
let network: Server;
let networkUrl: string;
const created: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  network = createServer((req, res) => {
    if (req.url === "/ad.js") res.writeHead(200, { "content-type": "application/javascript" }).end(AD_SCRIPT);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => network.listen(0, "127.0.0.1", resolve));
  networkUrl = `http://127.0.0.1:${(network.address() as AddressInfo).port}`;
});

afterAll(async () => {
  // Leave the site as other tests expect it: no ads, today's home.
  {
    const page = await signIn();
    for (const name of created) {
      await page.goto(baseUrl + "/admin/ads");
      const form = page.locator("form", { has: page.locator(`input[name=name][value="${name}"]`) });
      await form.locator("input[name=active]").uncheck();
      await form.getByRole("button", { name: "Сохранить" }).click();
      await form.getByRole("status").filter({ hasText: "сохранено" }).waitFor();
    }
    // The counter snippet stays: valid, hashed code in <head> that other suites' pages carry too.
    await page.goto(baseUrl + "/admin/home");
    await page.selectOption("#home-lead-kind", "single");
    await page.getByRole("button", { name: "Сохранить" }).click();
    await page.getByRole("status").filter({ hasText: "сохранена" }).first().waitFor();
  }
  await browser?.close();
  await new Promise((resolve) => network?.close(resolve));
});

const signIn = () => signInAs(browser, admin);

async function addSlot(
  page: Page,
  fields: { name: string; placement: string; html?: string; imageUrl?: string; startsAt?: string; weight?: number },
): Promise<void> {
  await page.goto(baseUrl + "/admin/ads");
  await page.fill("#ad-new-name", fields.name);
  await page.selectOption("#ad-new-placement", fields.placement);
  if (fields.html) await page.fill("#ad-new-html", fields.html);
  if (fields.imageUrl) await page.fill("#ad-new-image", fields.imageUrl);
  if (fields.startsAt) await page.fill("#ad-new-starts", fields.startsAt);
  if (fields.weight) await page.fill("#ad-new-weight", String(fields.weight));
  await page
    .locator("form", { has: page.locator("#ad-new-name") })
    .getByRole("button", { name: "Сохранить" })
    .click();
  await expect
    .poll(() =>
      page
        .locator("form", { has: page.locator("#ad-new-name") })
        .getByRole("status")
        .textContent(),
    )
    .toContain("сохранено");
  created.push(fields.name);
}

type Violation = { directive: string; blocked: string };

/** A reader's page that records every CSP violation (as in content-security-policy.e2e.test.ts). */
async function watchedPage(): Promise<{ page: Page; violations: () => Promise<Violation[]> }> {
  const context = await browser.newContext();
  const seen: Violation[] = [];
  await context.exposeBinding("__reportViolation", (_source, violation: Violation) => void seen.push(violation));
  await context.addInitScript(() => {
    const report = (window as unknown as { __reportViolation: (v: Violation) => void }).__reportViolation;
    document.addEventListener("securitypolicyviolation", (e) => report({ directive: e.violatedDirective, blocked: e.blockedURI }));
  });
  const page = await context.newPage();
  return {
    page,
    violations: async () => {
      await page.waitForLoadState("load");
      await page.waitForTimeout(500);
      return seen.splice(0);
    },
  };
}

describe("ads and counters", () => {
  it("runs an ad network's code on the article, home and category pages, and the counters in <head>, with no CSP violation", async () => {
    const admin = await signIn();
    const code = `<script src="${networkUrl}/ad.js"></script>`;
    await addSlot(admin, { name: "Сеть: главная", placement: "HOME_TOP", html: code });
    // The demo's own banner is over articles too, and the two rotate: weighted so the network's shows.
    await addSlot(admin, { name: "Сеть: статья", placement: "ARTICLE_TOP", html: code, weight: 100 });
    await addSlot(admin, { name: "Сеть: рубрика", placement: "CATEGORY_TOP", html: code });
    await admin.goto(baseUrl + "/admin/ads");
    await expect.poll(() => admin.locator("text=" + networkUrl).count()).toBeGreaterThan(0);
    await admin.fill("#counters-head", COUNTER);
    await admin.getByRole("button", { name: "Сохранить код счётчиков" }).click();
    await expect
      .poll(() =>
        admin
          .locator("form", { has: admin.locator("#counters-head") })
          .getByRole("status")
          .textContent(),
      )
      .toContain("сохранён");

    const { page, violations } = await watchedPage();
    for (const path of ["/", `/${fixtures.article.slug}`, `/category/${fixtures.category.slug}`]) {
      let policy = "";
      // Reloaded while the rotation picks the demo's banner (about one view in a hundred).
      await expect
        .poll(
          async () => {
            const response = await page.goto(baseUrl + path, { waitUntil: "load" });
            policy = (await response!.allHeaders())["content-security-policy"] ?? "";
            const banner = page.locator("aside.ad .fake-banner");
            return banner.waitFor({ timeout: 3_000 }).then(
              () => banner.count(),
              () => 0,
            );
          },
          { message: path, timeout: 20_000 },
        )
        .toBe(1);
      expect(policy, path).toContain(networkUrl);
      expect(policy, path).not.toContain("unsafe-inline");
      expect(await page.locator("aside.ad .ad__label").first().textContent()).toBe("Реклама");
      expect(await page.evaluate(() => document.head.innerHTML.includes("dataset.counter"))).toBe(true);
      expect(await page.evaluate(() => document.documentElement.dataset.counter)).toBe("ok");
      expect(await violations(), path).toEqual([]);
    }
  }, 180_000);

  it("shows a scheduled slot from its start time on the cached home page", async () => {
    const admin = await signIn();
    // datetime-local has minutes only: the next whole minute at least 20 s away.
    const start = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000);
    const name = `По расписанию ${start.getTime()}`;
    await addSlot(admin, { name, placement: "HOME_SIDEBAR", imageUrl: "/scheduled-ad.webp", startsAt: toLocalInput(start, SITE_TIMEZONE) });
    const shown = async () => (await (await fetch(baseUrl + "/")).text()).includes("/scheduled-ad.webp");
    expect(await shown()).toBe(false);
    await expect.poll(shown, { timeout: 100_000, interval: 250 }).toBe(true);
    expect(Date.now()).toBeGreaterThanOrEqual(start.getTime());
    expect(Date.now() - start.getTime()).toBeLessThan(5_000);
  }, 180_000);
});

describe("the home layout", () => {
  it("shows a grid of three lead stories when an editor chooses it", async () => {
    const page = await signIn();
    await page.goto(baseUrl + "/admin/home");
    await page.selectOption("#home-lead-kind", "grid");
    await page.fill("#home-lead-size", "3");
    await page.selectOption("#home-lead-source", "latest");
    await page.getByRole("button", { name: "Сохранить" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("сохранена");
    const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await expect.poll(async () => (await reader.goto(baseUrl + "/"), reader.locator(".lead-grid .card").count())).toBe(3);
  }, 120_000);

  it("keeps pages without ads within the budgets: HTML ≤ 60 KB, no framework JS", async () => {
    const tag = await (await fetch(`${baseUrl}/${fixtures.article.slug}`)).text();
    const tagPath = /href="(\/tag\/[^"]+)"/.exec(tag)?.[1];
    const body = await (await fetch(baseUrl + tagPath!)).text();
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(60 * 1024);
    expect(body).not.toMatch(/<script[^>]+src="\/_next\//);
    expect(body).not.toContain('class="ad');
  });
});
