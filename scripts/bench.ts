/**
 * `npm run bench`: builds for production and measures the demo site with wrk:
 * - the home page, a category and an article, each alone (PostgreSQL);
 * - readers spread over 200 articles at 32 connections, quiet and while the newsroom makes a
 *   change a second (PostgreSQL: through the database; embedded: approved comments);
 * - the CPU and statements an uncached article render costs;
 * - the server's peak RSS through all of it; then the search figure and the WordPress import's
 *   speed (scripts/bench/import-bench.ts);
 * - two instances behind Varnish (scripts/bench/varnish-bench.ts): spread reads, quiet and while
 *   editing, and how soon a publish shows through Varnish.
 * Exits 1 when a budget is missed.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { applyPendingMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open";
import { pgConfigFromUrl } from "@/lib/db/pg-config";
import { seedDatabase } from "@/prisma/seed";
import { startAppServer, type AppServer } from "./support/app-server";
import { fetchRetried } from "./support/fetch-retried";
import { BENCH_SERVER_URL, freshDatabase } from "./support/scratch-database";
import { benchImport } from "./bench/import-bench";
import { benchSearch } from "./bench/search-bench";
import { benchVarnish } from "./bench/varnish-bench";
import { commentActivity, databaseActivity, type Activity, type Commenter, type HotArticle } from "./bench/newsroom-activity";
import { measureRenderCost } from "./bench/render-cost";
import { sampleRss } from "./bench/rss-sampler";
import { wrkSpread, type WrkResult } from "./bench/spread-reads";

const DATABASE = "vestnik_bench";
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const BUDGET = {
  articleP99Ms: 50,
  articleHtmlBytes: 60 * 1024,
  clientJsGzipBytes: 80 * 1024,
  searchP95Ms: 50,
  rssBytes: 400 * 1024 * 1024,
  editingShare: 0.5,
  importPostsPerSecond: 1000,
  freshMs: 1000,
};

type PageResult = { name: string; rps: number; p50: number; p99: number; htmlBytes: number; htmlGzipBytes: number; jsGzipBytes: number };
type SpreadResult = { database: string; quiet: WrkResult; editing: WrkResult; changes: number; failures: number };

async function clientJsGzipBytes(baseUrl: string, html: string): Promise<number> {
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g), ...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  let total = 0;
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetchRetried(new URL(src, baseUrl))).arrayBuffer());
    total += gzipSync(body, { level: 9 }).byteLength;
  }
  return total;
}

async function measurePage(baseUrl: string, name: string, path: string): Promise<PageResult> {
  for (let i = 0; i < 20; i++) await (await fetchRetried(baseUrl + path)).arrayBuffer();
  const res = await fetchRetried(baseUrl + path, { headers: { "accept-encoding": "identity" } });
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  const html = await res.text();
  await wrkSpread(baseUrl, [path], { connections: CONNECTIONS, seconds: 3 }); // warm-up: JIT and caches
  const load = await wrkSpread(baseUrl, [path], { connections: CONNECTIONS, seconds: SECONDS });
  return { name, ...load, htmlBytes: Buffer.byteLength(html), htmlGzipBytes: gzipSync(html).byteLength, jsGzipBytes: await clientJsGzipBytes(baseUrl, html) };
}

/** Readers spread over `hot`, first with nothing changing, then while `activity` runs. */
async function readsWhileEditing(app: AppServer, database: string, hot: HotArticle[], startActivity: () => Promise<Activity>): Promise<SpreadResult> {
  const paths = hot.map((a) => `/${a.slug}`);
  for (const path of paths) await (await fetchRetried(app.url + path)).arrayBuffer();
  await wrkSpread(app.url, paths, { connections: CONNECTIONS, seconds: 3 });
  const quiet = await wrkSpread(app.url, paths, { connections: CONNECTIONS, seconds: SECONDS });
  const activity = await startActivity();
  const editing = await wrkSpread(app.url, paths, { connections: CONNECTIONS, seconds: SECONDS });
  const { changes, failures } = await activity.stop();
  return { database, quiet, editing, changes, failures };
}

function printPages(pages: PageResult[]): void {
  console.log(`\nwrk, ${CONNECTIONS} connections, ${SECONDS} s per page, PostgreSQL, demo content\n`);
  console.table(
    Object.fromEntries(
      pages.map((r) => [
        r.name,
        {
          "req/s": Math.round(r.rps),
          "p50 ms": r.p50.toFixed(2),
          "p99 ms": r.p99.toFixed(2),
          HTML: kb(r.htmlBytes),
          "HTML gzip": kb(r.htmlGzipBytes),
          "client JS gzip": kb(r.jsGzipBytes),
        },
      ]),
    ),
  );
}

function printSpreads(spreads: SpreadResult[]): void {
  console.log(`\nReads spread over 200 articles, ${CONNECTIONS} connections, ${SECONDS} s each: quiet, then while the newsroom makes a change a second\n`);
  console.table(
    Object.fromEntries(
      spreads.flatMap((s) => [
        [
          `${s.database}: quiet`,
          { "req/s": Math.round(s.quiet.rps), "p50 ms": s.quiet.p50.toFixed(2), "p99 ms": s.quiet.p99.toFixed(2), errors: s.quiet.errors, changes: 0 },
        ],
        [
          `${s.database}: editing`,
          {
            "req/s": Math.round(s.editing.rps),
            "p50 ms": s.editing.p50.toFixed(2),
            "p99 ms": s.editing.p99.toFixed(2),
            errors: s.editing.errors,
            changes: `${s.changes} (${s.failures} failed)`,
          },
        ],
      ]),
    ),
  );
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function onPostgres() {
  const database = await freshDatabase(DATABASE);
  const app = await startAppServer(PORT, { DATABASE_URL: database.url, TRUST_PROXY: "1" });
  const rss = sampleRss(app.pid);
  try {
    const client = new pg.Client(pgConfigFromUrl(database.url));
    await client.connect();
    const category = (await client.query<{ slug: string }>(`SELECT slug FROM "Category" ORDER BY position LIMIT 1`)).rows[0]!.slug;
    const articles = (
      await client.query<HotArticle>(
        `SELECT id, slug FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= now() AND language = 'ru' ORDER BY "publishedAt" DESC LIMIT 300`,
      )
    ).rows;
    await client.end();

    const pages: PageResult[] = [];
    for (const [name, path] of [
      ["home", "/"],
      ["category", `/category/${category}`],
      ["article", `/${articles[0]!.slug}`],
    ] as const) {
      pages.push(await measurePage(app.url, name, path));
    }
    const spread = await readsWhileEditing(app, "PostgreSQL", articles.slice(0, 200), () => databaseActivity(database.url, articles.slice(0, 200)));
    // Warm-up renders first (JIT), then 100 articles nobody has read yet.
    await measureRenderCost(
      app.url,
      app.pid,
      database.url,
      articles.slice(200, 220).map((a) => `/${a.slug}`),
    );
    const render = await measureRenderCost(
      app.url,
      app.pid,
      database.url,
      articles.slice(220, 300).map((a) => `/${a.slug}`),
    );
    return { pages, spread, render, peakRss: rss.peak() };
  } finally {
    rss.stop();
    await app.stop();
    await database.drop();
  }
}

async function onEmbedded() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "vestnik-bench-"));
  const seeded = await openDatabase({ databaseUrl: null, dataDir, create: true });
  let hot: HotArticle[];
  let commenters: Commenter[];
  try {
    await applyPendingMigrations({ connection: seeded });
    await seedDatabase(seeded.prisma, { dataDir });
    hot = await seeded.prisma.article.findMany({
      where: { status: "PUBLISHED", publishedAt: { lte: new Date() }, language: "ru" },
      orderBy: { publishedAt: "desc" },
      take: 200,
      select: { id: true, slug: true },
    });
    // Regular readers, each with an approved comment already, so their next ones are approved at
    // once; enough of them that none comes back within the flood interval.
    commenters = Array.from({ length: 40 }, (_, i) => ({ authorName: `Читатель ${i + 1}`, authorEmail: `reader${i + 1}@bench.example` }));
    await seeded.prisma.comment.createMany({
      data: commenters.map((c, i) => ({
        articleId: hot[i % hot.length]!.id,
        authorName: c.authorName,
        authorEmail: c.authorEmail,
        content: "Спасибо за новость.",
        contentHtml: "<p>Спасибо за новость.</p>",
        status: "APPROVED" as const,
        createdAt: new Date(Date.now() - 86_400_000),
      })),
    });
  } finally {
    await seeded.close();
  }
  const app = await startAppServer(PORT, { DATABASE_URL: "", DATA_DIR: dataDir, TRUST_PROXY: "1" });
  const rss = sampleRss(app.pid);
  try {
    const spread = await readsWhileEditing(app, "embedded (PGlite)", hot, () => commentActivity(app.url, hot, commenters));
    return { spread, peakRss: rss.peak() };
  } finally {
    rss.stop();
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (spawnSync("wrk", ["--version"]).error) {
    console.error("wrk is needed for the benchmark: apt-get install wrk");
    process.exit(2);
  }
  console.log("Building for production…");
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const postgres = await onPostgres();
  printPages(postgres.pages);
  printSpreads([postgres.spread]);
  const render = postgres.render;
  console.log(
    `\nUncached article render: ${render.cpuMsPerRender.toFixed(1)} ms CPU, ${render.wallMsPerRender.toFixed(1)} ms wall, ${render.statementsPerRender.toFixed(1)} SQL statements (${render.renders} renders)`,
  );
  console.log(`Peak server RSS on PostgreSQL: ${(postgres.peakRss / 1048576).toFixed(0)} MB`);
  const embedded = await onEmbedded();
  printSpreads([embedded.spread]);
  const spreads = [postgres.spread, embedded.spread];

  console.log(`Peak server RSS: PostgreSQL ${(postgres.peakRss / 1048576).toFixed(0)} MB, embedded ${(embedded.peakRss / 1048576).toFixed(0)} MB`);

  const search = await benchSearch(BENCH_SERVER_URL, {
    size: Number(process.env.BENCH_SEARCH_ARTICLES ?? 100_000),
    keep: process.env.BENCH_SEARCH_KEEP === "1",
  });
  console.log(
    `\nsearch query function, ${search.runs} queries over ${search.articles} articles: p50 ${search.p50.toFixed(1)} ms, p95 ${search.p95.toFixed(1)} ms\n`,
  );

  const wordpress = await benchImport(BENCH_SERVER_URL);
  console.log(
    `WordPress import (text), ${wordpress.database}: ${wordpress.posts} posts, ${wordpress.comments} comments in ${wordpress.seconds.toFixed(1)} s, peak RSS ${(wordpress.peakRss / 1048576).toFixed(0)} MB\n`,
  );

  const varnish = await benchVarnish({ connections: CONNECTIONS, seconds: SECONDS });
  if (varnish) {
    printSpreads([{ database: "two instances behind Varnish", ...varnish }]);
    for (const phase of ["quiet", "editing"] as const) {
      const served = varnish.served[phase];
      console.log(
        `Behind Varnish, ${phase}: ${served.count} answers in Varnish's log, each timed alone: p50 ${served.p50.toFixed(2)} ms, p99 ${served.p99.toFixed(2)} ms, p99.9 ${served.p999.toFixed(0)} ms, max ${served.max.toFixed(0)} ms`,
      );
    }
    console.log(`Publish → page through Varnish: ${varnish.freshAfterPublishMs.map((ms) => `${ms.toFixed(0)} ms`).join(", ")}\n`);
  } else console.log("Varnish is not installed (apt-get install varnish varnish-modules): two instances behind Varnish not measured\n");

  const article = postgres.pages.find((r) => r.name === "article")!;
  const pgSpread = postgres.spread;
  const peakRss = Math.max(postgres.peakRss, embedded.peakRss);
  const checks = [
    [`article p99 ≤ ${BUDGET.articleP99Ms} ms`, article.p99 <= BUDGET.articleP99Ms, `${article.p99.toFixed(2)} ms`],
    [`reads while editing (PostgreSQL): p99 ≤ ${BUDGET.articleP99Ms} ms`, pgSpread.editing.p99 <= BUDGET.articleP99Ms, `${pgSpread.editing.p99.toFixed(2)} ms`],
    [
      `reads while editing (PostgreSQL): ≥ ${BUDGET.editingShare * 100} % of quiet throughput`,
      pgSpread.editing.rps >= BUDGET.editingShare * pgSpread.quiet.rps,
      `${((pgSpread.editing.rps / pgSpread.quiet.rps) * 100).toFixed(0)} %`,
    ],
    [
      `no failed reads or changes`,
      spreads.every((s) => s.quiet.errors + s.editing.errors + s.failures === 0),
      spreads.map((s) => s.quiet.errors + s.editing.errors + s.failures).join(", "),
    ],
    [`article HTML ≤ ${kb(BUDGET.articleHtmlBytes)}`, article.htmlBytes <= BUDGET.articleHtmlBytes, kb(article.htmlBytes)],
    [
      `client JS ≤ ${kb(BUDGET.clientJsGzipBytes)} gzip on every reader page`,
      postgres.pages.every((r) => r.jsGzipBytes <= BUDGET.clientJsGzipBytes),
      kb(Math.max(...postgres.pages.map((r) => r.jsGzipBytes))),
    ],
    [`server RSS ≤ ${BUDGET.rssBytes / 1048576} MB`, peakRss <= BUDGET.rssBytes, `${(peakRss / 1048576).toFixed(0)} MB`],
    [
      `behind Varnish: answers' p99 while editing ≤ ${BUDGET.articleP99Ms} ms (Varnish's log), a publish shows within ${BUDGET.freshMs} ms`,
      varnish === null || (varnish.served.editing.p99 <= BUDGET.articleP99Ms && varnish.freshAfterPublishMs.every((ms) => ms <= BUDGET.freshMs)),
      varnish ? `${varnish.served.editing.p99.toFixed(2)} ms, ${Math.max(...varnish.freshAfterPublishMs).toFixed(0)} ms` : "not measured",
    ],
    [`search p95 ≤ ${BUDGET.searchP95Ms} ms over ${search.articles} articles`, search.p95 <= BUDGET.searchP95Ms, `${search.p95.toFixed(1)} ms`],
    [
      `WordPress import ≥ ${BUDGET.importPostsPerSecond} posts/s`,
      wordpress.postsPerSecond >= BUDGET.importPostsPerSecond,
      `${Math.round(wordpress.postsPerSecond)} posts/s`,
    ],
  ] as const;
  for (const [label, ok, value] of checks) console.log(`${ok ? "✓" : "✗"} ${label}: ${value}`);
  process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
