import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgConfigFromUrl } from "../../lib/db/pg-config";
import { startAppServer, type AppServer } from "../../scripts/support/app-server";
import { startVarnish, varnishInstalled, type Varnish } from "../../scripts/support/varnish";
import { freePort } from "../support/free-port";
import { postgresAvailable } from "../support/postgres";
import type { ReaderFixtures } from "./support/reader-fixtures";
import { seededSite, type SeededSite } from "./support/seeded-site";

type Answer = { status: number; html: string; cache: string | null; xkey: string | null };

async function get(url: string): Promise<Answer> {
  const res = await fetch(url);
  return { status: res.status, html: await res.text(), cache: res.headers.get("x-cache"), xkey: res.headers.get("xkey") };
}

/** Polls `url` until `predicate` holds; returns how long that took (Infinity past `limitMs`). */
async function msUntil(url: string, predicate: (answer: Answer) => boolean, limitMs = 3_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (predicate(await get(url))) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
  return Infinity;
}

// Two instances on one PostgreSQL database behind Varnish with the shipped VCL (deploy/varnish/default.vcl).
describe.skipIf(!(varnishInstalled() && (await postgresAvailable())))("two instances behind Varnish", () => {
  let site: SeededSite;
  let client: pg.Client;
  let fixtures: ReaderFixtures;
  let instances: AppServer[] = [];
  let varnish: Varnish;

  beforeAll(async () => {
    site = await seededSite("varnish");
    fixtures = site.fixtures;
    const [varnishPort, ...ports] = [await freePort(), await freePort(), await freePort()];
    const env = { DATA_DIR: site.dataDir, DATABASE_URL: site.url, TRUST_PROXY: "1", PURGE_URLS: `http://127.0.0.1:${varnishPort}/`, LOG_LEVEL: "warn" };
    // One after the other: the first start migrates and prepares the database.
    for (const port of ports) instances.push(await startAppServer(port, env));
    varnish = await startVarnish(varnishPort!, ports);
    client = new pg.Client(pgConfigFromUrl(site.url));
    await client.connect();
  }, 300_000);

  afterAll(async () => {
    await client?.end();
    await Promise.all(instances.map((app) => app.stop()));
    instances = [];
    await varnish?.stop();
    await site?.drop();
  });

  it("tags reader pages for the instances' purges and keeps the tags from readers", async () => {
    const direct = await get(`${instances[0]!.url}/${fixtures.article.slug}`);
    expect(direct.xkey?.split(" ")).toEqual(expect.arrayContaining(["site", expect.stringMatching(/^article:\d+$/), "soft:lists"]));
    await get(`${varnish.url}/${fixtures.article.slug}`);
    const cached = await get(`${varnish.url}/${fixtures.article.slug}`);
    expect(cached.cache).toBe("HIT");
    expect(cached.xkey).toBeNull();
  });

  it("shows an edit and a publish made in the database within a second, while unrelated pages stay cached in Varnish", { timeout: 60_000 }, async () => {
    const [edited, unrelated] = fixtures.newestArticles.slice(-2) as [ReaderFixtures["newestArticles"][number], ReaderFixtures["newestArticles"][number]];
    const { rows } = await client.query<{ slug: string }>(`SELECT slug FROM "Article" WHERE status = 'DRAFT' AND language = 'ru' ORDER BY id LIMIT 1`);
    const draft = rows[0]!.slug;
    for (const path of [`/${edited.slug}`, `/${unrelated.slug}`, `/${draft}`]) {
      await get(varnish.url + path);
      expect((await get(varnish.url + path)).cache, path).toBe("HIT");
    }
    expect((await get(`${varnish.url}/${draft}`)).status).toBe(404);
    const before = varnish.counters();

    const paragraph = `Уточнение редакции ${Date.now()}`;
    await client.query(`UPDATE "Article" SET "bodyHtml" = "bodyHtml" || $1 WHERE id = $2`, [`<p>${paragraph}</p>`, edited.id]);
    expect(await msUntil(`${varnish.url}/${edited.slug}`, (a) => a.html.includes(paragraph))).toBeLessThanOrEqual(1_000);

    await client.query(`UPDATE "Article" SET status = 'PUBLISHED', "publishedAt" = now() WHERE slug = $1`, [draft]);
    expect(await msUntil(`${varnish.url}/${draft}`, (a) => a.status === 200)).toBeLessThanOrEqual(1_000);

    // Only the edited article's tag was purged for its page: the other article is still Varnish's copy.
    const other = await get(`${varnish.url}/${unrelated.slug}`);
    expect(other.cache).toBe("HIT");
    const after = varnish.counters();
    expect(after.cache_hit! - before.cache_hit!).toBeGreaterThan(0);
  });

  it("sends each purge from one instance only", async () => {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'vestnik-leader' AND datname = current_database()`,
    );
    expect(rows[0]!.n).toBe(2);
    const { rows: locks } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND a.application_name = 'vestnik-leader' AND a.datname = current_database()`,
    );
    expect(locks[0]!.n).toBe(1);
  });
});
