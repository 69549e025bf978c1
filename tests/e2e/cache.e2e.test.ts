import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pgConfigFromUrl } from "../../lib/db/pg-config";
import { restartPostgres } from "../support/restart-postgres";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const dataDir = inject("dataDir");
const fixtures = inject("readerFixtures");

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function get(path: string, init?: RequestInit) {
  const res = await fetch(baseUrl + path, init);
  return { status: res.status, cache: res.headers.get("x-vestnik-cache"), html: await res.text() };
}

/** Polls `path` until `predicate` holds; how long that took (Infinity: never within the limit). */
async function msUntil(path: string, predicate: (page: Awaited<ReturnType<typeof get>>) => boolean, limitMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (predicate(await get(path))) return Date.now() - started;
    await sleep(50);
  }
  return Infinity;
}

async function cachedPage(path: string) {
  for (let i = 0; i < 40; i++) {
    const page = await get(path);
    if (page.cache === "HIT") return page;
    await sleep(50);
  }
  throw new Error(`${path} never came from the page cache`);
}

/** Runs `tasks` with at most `width` at a time. */
async function inParallel<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]!();
      }
    }),
  );
  return results;
}

function diskBytes(dirs: string[]): number {
  return Number(
    execFileSync("du", ["-sbc", ...dirs], { encoding: "utf8" })
      .trim()
      .split("\n")
      .at(-1)!
      .split("\t")[0],
  );
}

describe("the page cache", () => {
  it("answers HEAD from the page it stores, and the GET after it gets the whole page", async () => {
    const path = `/category/${fixtures.category.slug}/page/2`;
    const identity = { "accept-encoding": "identity" };
    const head = await fetch(baseUrl + path, { method: "HEAD", headers: identity });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get("content-length"))).toBeGreaterThan(5_000);
    expect(await head.text()).toBe("");
    const page = await get(path, { headers: identity });
    expect(page.cache).toBe("HIT");
    expect(Buffer.byteLength(page.html)).toBe(Number(head.headers.get("content-length")));
    expect(page.html).toMatch(/<\/html>\s*$/);
  });

  it("keeps the hot page cached through 1,000 distinct query strings, which all share it", async () => {
    const path = "/" + fixtures.article.slug;
    const hot = await cachedPage(path);
    const pages = await inParallel(
      Array.from({ length: 1000 }, (_, i) => () => get(`${path}?utm_source=s${i}&fbclid=${randomBytes(6).toString("hex")}`)),
      16,
    );
    expect(pages.every((p) => p.status === 200 && p.cache === "HIT" && p.html === hot.html)).toBe(true);
    expect((await get(path)).cache).toBe("HIT");
  });

  it("adds less than 5 MB on disk for 10,000 made-up URLs, and keeps the hot page cached", async () => {
    const dirs = [".next", dataDir];
    const before = diskBytes(dirs);
    const hotPath = "/" + fixtures.article.slug;
    await cachedPage(hotPath);
    const random = () => randomBytes(5).toString("hex");
    const urls = Array.from({ length: 10_000 }, (_, i) => {
      switch (i % 10) {
        case 0:
          return `/${fixtures.article.slug}/reply/${1_000_000 + i}`;
        case 1:
          return `/${fixtures.discussion.slug}?replytocom=${i}&utm_campaign=${random()}`;
        case 2:
          // Other routes render their 404 each time (a couple of hundred is enough here).
          return i % 100 === 2 ? `/tag/${random()}` : i % 100 === 12 ? `/${random()}.php` : `/${random()}/reply/${i}`;
        default:
          return `/${random()}-${i}`;
      }
    });
    const statuses = await inParallel(
      urls.map(
        (url) => async () => await fetch(baseUrl + url, { method: url.endsWith(".php") ? "HEAD" : "GET" }).then(async (r) => (await r.arrayBuffer(), r.status)),
      ),
      16,
    );
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 200).length).toBe(1000);
    const grown = diskBytes(dirs) - before;
    expect(grown).toBeLessThan(5 * 1024 * 1024);
    expect((await get(hotPath)).cache).toBe("HIT");
  }, 180_000);
});

// Changes from outside the app need a database server the test can write to.
describe.skipIf(!databaseUrl)("pages follow the database", () => {
  let client: pg.Client;
  let article: { id: number; slug: string };

  beforeAll(async () => {
    client = new pg.Client(pgConfigFromUrl(databaseUrl!));
    await client.connect();
    const slug = `svezhaya-novost-${Date.now()}`;
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO "Article" (title, slug, lead, "bodyHtml", "categoryId", "authorId", status, "updatedAt")
       SELECT 'Свежая новость', $1, lead, "bodyHtml", "categoryId", "authorId", 'DRAFT', now() FROM "Article" WHERE slug = $2
       RETURNING id`,
      [slug, fixtures.article.slug],
    );
    article = { id: rows[0]!.id, slug };
  });
  afterAll(async () => {
    await client?.query(`DELETE FROM "Article" WHERE id = $1`, [article.id]).catch(() => undefined);
    await client?.end().catch(() => undefined);
  });

  it("never keeps answering 404 for an article once it is published (20 publishes, 50 polls each)", async () => {
    const path = "/" + article.slug;
    for (let round = 0; round < 20; round++) {
      await client.query(`UPDATE "Article" SET status = 'DRAFT' WHERE id = $1`, [article.id]);
      expect(await msUntil(path, (p) => p.status === 404, 3000), `round ${round}: unpublished`).toBeLessThan(3000);
      const polls: { at: number; status: number }[] = [];
      let committedAt = Infinity;
      for (let i = 0; i < 50; i++) {
        if (i === 10) {
          await client.query(`UPDATE "Article" SET status = 'PUBLISHED', "publishedAt" = now() - interval '1 second' WHERE id = $1`, [article.id]);
          committedAt = Date.now();
        }
        const at = Date.now();
        polls.push({ at, status: (await get(path)).status });
        await sleep(10);
      }
      const after = polls.filter((p) => p.at > committedAt);
      expect(
        after.map((p) => p.status),
        `round ${round}`,
      ).toEqual(after.map(() => 200));
    }
  });

  it("shows an edited article within a second after PostgreSQL restarts", async () => {
    const path = "/" + fixtures.article.slug;
    await cachedPage(path);
    await client.end();
    const how = await restartPostgres(databaseUrl!);
    client = new pg.Client(pgConfigFromUrl(databaseUrl!));
    await client.connect();
    // Changed while the app may still be reconnecting: it must find out by itself.
    const during = `Правка во время перезапуска (${how}) ${Date.now()}`;
    await client.query(`UPDATE "Article" SET title = $1 WHERE slug = $2`, [during, fixtures.article.slug]);
    try {
      expect(await msUntil(path, (p) => p.html.includes(during), 5000)).toBeLessThan(5000);
      // Once it is back, freshness is as before.
      const after = `Правка после перезапуска ${Date.now()}`;
      await client.query(`UPDATE "Article" SET title = $1 WHERE slug = $2`, [after, fixtures.article.slug]);
      expect(await msUntil(path, (p) => p.html.includes(after), 3000)).toBeLessThanOrEqual(1000);
    } finally {
      await client.query(`UPDATE "Article" SET title = $1 WHERE slug = $2`, [fixtures.article.title, fixtures.article.slug]);
    }
  });
});
