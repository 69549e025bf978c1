import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { pgConfigFromUrl } from "@/lib/db/pg-config";
import { freePort } from "@/tests/support/free-port";
import { startAppServer, type AppServer } from "../support/app-server";
import { fetchRetried } from "../support/fetch-retried";
import { freshDatabase } from "../support/scratch-database";
import { startVarnish, varnishInstalled, type ServedTimes, type Varnish } from "../support/varnish";
import { databaseActivity, type HotArticle } from "./newsroom-activity";
import { wrkSpread, type WrkResult } from "./spread-reads";

/**
 * `quiet` and `editing` are wrk's figures, its percentiles corrected for coordinated omission: a
 * connection held up counts as all the requests it would have sent meanwhile, held up as long.
 * Behind Varnish only the readers of a page just purged wait, everyone else is answered, so
 * `served` also gives each answer's own time as Varnish logged it.
 */
export type VarnishBench = {
  quiet: WrkResult;
  editing: WrkResult;
  served: { quiet: ServedTimes; editing: ServedTimes };
  changes: number;
  failures: number;
  freshAfterPublishMs: number[];
};

/** How long after a publish made in the database its page answers 200 through `varnishUrl`. */
async function msUntilPublished(client: pg.Client, varnishUrl: string, slug: string): Promise<number> {
  const status = async () => (await fetchRetried(`${varnishUrl}/${slug}`)).status;
  // Right after the load phases Varnish may still count an instance as sick (its probe timed out
  // while it rendered); this measures publishing, so it starts once they answer again.
  const recovering = performance.now();
  while ((await status()) === 503 && performance.now() - recovering < 20_000) await new Promise((r) => setTimeout(r, 250));
  const before = [await status(), await status()];
  if (before.some((code) => code !== 404)) throw new Error(`/${slug} should be a cached 404 before it is published, got ${before.join(", ")}`);
  const started = performance.now();
  await client.query(`UPDATE "Article" SET status = 'PUBLISHED', "publishedAt" = now() WHERE slug = $1`, [slug]);
  while (performance.now() - started < 10_000) {
    if ((await status()) === 200) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 20));
  }
  return Infinity;
}

/**
 * Two instances on one PostgreSQL database behind Varnish with the shipped VCL: readers spread over
 * 200 articles, quiet and while the newsroom makes a change a second, then the time from a
 * publish to its page through Varnish. Null when Varnish is not installed.
 */
export async function benchVarnish(options: { connections: number; seconds: number }): Promise<VarnishBench | null> {
  if (!varnishInstalled()) return null;
  const database = await freshDatabase("vestnik_bench_varnish");
  const dataDir = mkdtempSync(path.join(tmpdir(), "vestnik-bench-varnish-"));
  const [varnishPort, ...ports] = [await freePort(), await freePort(), await freePort()];
  const env = { DATA_DIR: dataDir, DATABASE_URL: database.url, TRUST_PROXY: "1", PURGE_URLS: `http://127.0.0.1:${varnishPort}/`, LOG_LEVEL: "warn" };
  const instances: AppServer[] = [];
  let varnish: Varnish | undefined;
  const client = new pg.Client(pgConfigFromUrl(database.url));
  try {
    for (const port of ports) instances.push(await startAppServer(port, env));
    varnish = await startVarnish(varnishPort!, ports);
    await client.connect();
    const hot = (
      await client.query<HotArticle>(
        `SELECT id, slug FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= now() AND language = 'ru' ORDER BY "publishedAt" DESC LIMIT 200`,
      )
    ).rows;
    const drafts = (await client.query<{ slug: string }>(`SELECT slug FROM "Article" WHERE status = 'DRAFT' ORDER BY id LIMIT 5`)).rows;
    const paths = hot.map((a) => `/${a.slug}`);
    for (const p of paths) await (await fetchRetried(varnish.url + p)).arrayBuffer();
    await wrkSpread(varnish.url, paths, { ...options, seconds: 3 });
    let timing = varnish.timeAnswers();
    const quiet = await wrkSpread(varnish.url, paths, options);
    const servedQuiet = await timing.stop();
    const activity = await databaseActivity(database.url, hot);
    timing = varnish.timeAnswers();
    const editing = await wrkSpread(varnish.url, paths, options);
    const servedEditing = await timing.stop();
    const { changes, failures } = await activity.stop();
    const freshAfterPublishMs: number[] = [];
    for (const { slug } of drafts) freshAfterPublishMs.push(await msUntilPublished(client, varnish.url, slug));
    return { quiet, editing, served: { quiet: servedQuiet, editing: servedEditing }, changes, failures, freshAfterPublishMs };
  } finally {
    await client.end().catch(() => undefined);
    // The instances first: they purge Varnish until they stop.
    await Promise.all(instances.map((app) => app.stop()));
    await varnish?.stop();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
