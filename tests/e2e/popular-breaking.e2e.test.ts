import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pgConfigFromUrl } from "../../lib/db/pg-config";
import { launchBrowser } from "./support/browser";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const home = async () => (await fetch(baseUrl + "/")).text();

async function waitFor(check: () => Promise<boolean>, limitMs: number): Promise<boolean> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(100);
  }
  return false;
}

it("shows the seeded «Срочно» item on every page", async () => {
  for (const path of ["/", "/search?q=a"]) {
    const html = await (await fetch(baseUrl + path)).text();
    expect(html, path).toMatch(
      /<section id="breaking" class="breaking"[^>]*><div class="breaking__inner"><h2[^>]*>Срочно<\/h2><ul><li data-until="[^"]+"><a href="\/[a-z0-9-]+">/,
    );
  }
});

// Writing views and breaking items from outside the app needs a database server.
describe.skipIf(!databaseUrl)("views and breaking news", () => {
  let client: pg.Client;
  let slug: string;
  beforeAll(async () => {
    client = new pg.Client(pgConfigFromUrl(databaseUrl!));
    await client.connect();
    slug = (
      await client.query<{ slug: string }>(
        `SELECT slug FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= now() AND language = 'ru' ORDER BY "publishedAt" ASC LIMIT 1`,
      )
    ).rows[0]!.slug;
  });
  afterAll(() => client?.end());

  it("counts readers' views of cached pages in batches, ignores crawlers, and ranks «Самое читаемое» by them", async () => {
    const reader = (address: string) => ({ "user-agent": BROWSER, accept: "text/html,application/xhtml+xml", "x-forwarded-for": address });
    for (let i = 0; i < 5; i++) expect((await fetch(`${baseUrl}/${slug}`, { headers: reader(`10.60.0.${i + 1}`) })).status).toBe(200);
    // What a script gaming the block would send: reloads from one address, query-string variants, no HTML wanted, no browser.
    for (let i = 0; i < 150; i++) await (await fetch(`${baseUrl}/${slug}`, { headers: reader("10.60.0.1") })).arrayBuffer();
    await fetch(`${baseUrl}/${slug}?v=${Date.now()}`, { headers: reader("10.60.1.1") });
    await fetch(`${baseUrl}/${slug}`, { headers: { ...reader("10.60.1.2"), accept: "*/*" } });
    await fetch(`${baseUrl}/${slug}`, { headers: { ...reader("10.60.1.3"), "user-agent": "node" } });
    await fetch(`${baseUrl}/${slug}`, { headers: { ...reader("10.60.1.4"), "user-agent": "Mozilla/5.0 (compatible; YandexBot/3.0)" } });
    await fetch(`${baseUrl}/net-takoi-stati`, { headers: reader("10.60.1.5") });
    const views = async () =>
      (await client.query<{ views: number }>(`SELECT v.views FROM "ArticleDailyViews" v JOIN "Article" a ON a.id = v."articleId" WHERE a.slug = $1`, [slug]))
        .rows[0]?.views ?? 0;
    expect(await waitFor(async () => (await views()) >= 5, 5000)).toBe(true);
    await sleep(1500);
    expect(await views()).toBe(5);

    // The block refreshes by time; any content change refreshes it at once.
    await client.query(`UPDATE "Category" SET description = description || ' ' WHERE id = (SELECT min(id) FROM "Category")`);
    const shown = await waitFor(async () => {
      const html = await home();
      const block = /id="most-read-title"[\s\S]*?<\/ol>/.exec(html)?.[0] ?? "";
      return block.includes(`href="/${slug}"`);
    }, 5000);
    expect(shown).toBe(true);
  });

  it("drops a breaking item from cached pages when it expires, and the browser hides it to the second", async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const { until } = (
        await client.query<{ until: Date }>(
          `UPDATE "Article" SET "breakingUntil" = now() + interval '8 seconds' WHERE slug = $1 RETURNING "breakingUntil" AS until`,
          [slug],
        )
      ).rows[0]!;
      const link = `#breaking a[href="/${slug}"]`;
      const ticker = (html: string) => /<section id="breaking"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
      expect(await waitFor(async () => ticker(await home()).includes(`href="/${slug}"`), 3000)).toBe(true);

      await page.goto(baseUrl + "/");
      expect(await page.locator(link).count()).toBe(1);
      await sleep(until.getTime() - Date.now() + 1200);
      expect(await page.locator(link).count()).toBe(0);
      // The first request after expiry already shows no such item.
      expect(ticker(await home())).not.toContain(`href="/${slug}"`);
    } finally {
      await browser.close();
    }
  });
});
