import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pgConfigFromUrl } from "../../lib/db/pg-config";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const fixtures = inject("readerFixtures");

/** Polls `path` until `predicate` holds for its HTML; returns how long that took. */
async function msUntil(path: string, predicate: (html: string) => boolean, limitMs = 3000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    const html = await (await fetch(baseUrl + path)).text();
    if (predicate(html)) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  return Infinity;
}

// Another process writing to the database is only possible with a database server.
describe.skipIf(!databaseUrl)("cached pages follow changes made to the database", () => {
  let client: pg.Client;

  beforeAll(async () => {
    client = new pg.Client(pgConfigFromUrl(databaseUrl!));
    await client.connect();
  });
  afterAll(() => client?.end());

  it("shows an edited headline on its article page, the home page and its category within a second", async () => {
    const articlePath = "/" + fixtures.article.slug;
    await fetch(baseUrl + "/");
    let cache: string | null = null;
    for (let i = 0; i < 40 && cache !== "HIT"; i++) {
      cache = (await fetch(baseUrl + articlePath)).headers.get("x-vestnik-cache");
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(cache, "the article page is served from the cache").toBe("HIT");

    const headline = `Срочная правка ${Date.now()}`;
    await client.query(`UPDATE "Article" SET title = $1 WHERE slug = $2`, [headline, fixtures.article.slug]);
    try {
      const [onArticle, onHome] = await Promise.all([msUntil(articlePath, (html) => html.includes(headline)), msUntil("/", (html) => html.includes(headline))]);
      expect(onArticle).toBeLessThanOrEqual(1000);
      expect(onHome).toBeLessThanOrEqual(1000);
    } finally {
      await client.query(`UPDATE "Article" SET title = $1 WHERE slug = $2`, [fixtures.article.title, fixtures.article.slug]);
    }
  });

  it("drops a switched-off ad slot and shows a renamed category within a second", async () => {
    const articlePath = "/" + fixtures.article.slug;
    const { rows } = await client.query<{ name: string }>(`SELECT name FROM "AdSlot" WHERE placement = 'ARTICLE_TOP' AND active`);
    expect(rows.length).toBe(1);
    const adMarkup = `alt="${rows[0]!.name}"`;
    expect(await msUntil(articlePath, (html) => html.includes(adMarkup))).toBeLessThanOrEqual(1000);

    await client.query(`UPDATE "AdSlot" SET active = false WHERE placement = 'ARTICLE_TOP'`);
    try {
      expect(await msUntil(articlePath, (html) => !html.includes(adMarkup))).toBeLessThanOrEqual(1000);
    } finally {
      await client.query(`UPDATE "AdSlot" SET active = true WHERE placement = 'ARTICLE_TOP'`);
    }

    const renamed = `${fixtures.category.name} и люди`;
    await client.query(`UPDATE "Category" SET name = $1 WHERE slug = $2`, [renamed, fixtures.category.slug]);
    try {
      expect(await msUntil(`/category/${fixtures.category.slug}`, (html) => html.includes(`<h1>${renamed}</h1>`))).toBeLessThanOrEqual(1000);
    } finally {
      await client.query(`UPDATE "Category" SET name = $1 WHERE slug = $2`, [fixtures.category.name, fixtures.category.slug]);
    }
    expect(await msUntil(`/category/${fixtures.category.slug}`, (html) => html.includes(`<h1>${fixtures.category.name}</h1>`))).toBeLessThanOrEqual(1000);
  });
});
