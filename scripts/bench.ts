/**
 * `npm run bench`: builds for production, serves the demo site on a fresh PostgreSQL database
 * and measures the home page, a category and an article with wrk (32 connections): requests/s,
 * p50 and p99 latency, HTML size, and the client JavaScript each page loads. Exits 1 when a
 * budget is missed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { pgConfigFromUrl } from "@/lib/db/pg-config";
import { startAppServer } from "./support/app-server";
import { BENCH_SERVER_URL, freshDatabase } from "./support/scratch-database";
import { benchSearch } from "./bench/search-bench";

const DATABASE = "vestnik_bench";
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const BUDGET = { articleP99Ms: 50, articleHtmlBytes: 60 * 1024, clientJsGzipBytes: 80 * 1024, searchP95Ms: 50 };

type Result = { name: string; path: string; rps: number; p50: number; p99: number; htmlBytes: number; htmlGzipBytes: number; jsGzipBytes: number };

function wrk(url: string, seconds: number): { rps: number; p50: number; p99: number } {
  const out = execFileSync("wrk", ["-t1", `-c${CONNECTIONS}`, `-d${seconds}s`, "--latency", url], { encoding: "utf8" });
  const ms = (label: string) => {
    const m = new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)`, "m").exec(out);
    if (!m) throw new Error(`Could not read the ${label}th percentile from wrk:\n${out}`);
    const value = Number(m[1]);
    return m[2] === "us" ? value / 1000 : m[2] === "s" ? value * 1000 : value;
  };
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  if (/Non-2xx or 3xx responses/.test(out)) throw new Error(`wrk saw error responses for ${url}:\n${out}`);
  return { rps, p50: ms("50"), p99: ms("99") };
}

/** fetch, retried once: a pooled connection may have been closed by the server's keep-alive timeout while wrk ran. */
async function get(url: string | URL, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

async function clientJsGzipBytes(baseUrl: string, html: string): Promise<number> {
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g), ...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  let total = 0;
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await get(new URL(src, baseUrl))).arrayBuffer());
    total += gzipSync(body, { level: 9 }).byteLength;
  }
  return total;
}

async function measure(baseUrl: string, name: string, path: string): Promise<Result> {
  const url = baseUrl + path;
  for (let i = 0; i < 20; i++) await (await get(url)).arrayBuffer();
  const res = await get(url, { headers: { "accept-encoding": "identity" } });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  const html = await res.text();
  wrk(url, 3); // warm-up: JIT and caches
  const load = wrk(url, SECONDS);
  return {
    name,
    path,
    ...load,
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes: gzipSync(html).byteLength,
    jsGzipBytes: await clientJsGzipBytes(baseUrl, html),
  };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function main(): Promise<void> {
  if (spawnSync("wrk", ["--version"]).error) {
    console.error("wrk is needed for the benchmark: apt-get install wrk");
    process.exit(2);
  }
  console.log("Building for production…");
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const database = await freshDatabase(DATABASE);
  const app = await startAppServer(PORT, { DATABASE_URL: database.url });
  try {
    const client = new pg.Client(pgConfigFromUrl(database.url));
    await client.connect();
    const category = (await client.query<{ slug: string }>(`SELECT slug FROM "Category" ORDER BY position LIMIT 1`)).rows[0]!.slug;
    const article = (
      await client.query<{ slug: string }>(`SELECT slug FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= now() ORDER BY "publishedAt" DESC LIMIT 1`)
    ).rows[0]!.slug;
    await client.end();

    const results: Result[] = [];
    for (const [name, path] of [["home", "/"], ["category", `/category/${category}`], ["article", `/${article}`]] as const) {
      results.push(await measure(app.url, name, path));
    }

    console.log(`\nwrk, 1 thread, ${CONNECTIONS} connections, ${SECONDS} s per page, PostgreSQL, demo content\n`);
    console.table(
      Object.fromEntries(
        results.map((r) => [
          r.name,
          { "req/s": Math.round(r.rps), "p50 ms": r.p50.toFixed(2), "p99 ms": r.p99.toFixed(2), HTML: kb(r.htmlBytes), "HTML gzip": kb(r.htmlGzipBytes), "client JS gzip": kb(r.jsGzipBytes) },
        ]),
      ),
    );
    const search = await benchSearch(BENCH_SERVER_URL, { size: Number(process.env.BENCH_SEARCH_ARTICLES ?? 100_000), keep: process.env.BENCH_SEARCH_KEEP === "1" });
    console.log(`\nsearch query function, ${search.runs} queries over ${search.articles} articles: p50 ${search.p50.toFixed(1)} ms, p95 ${search.p95.toFixed(1)} ms\n`);
    const article_ = results.find((r) => r.name === "article")!;
    const checks = [
      [`article p99 ≤ ${BUDGET.articleP99Ms} ms`, article_.p99 <= BUDGET.articleP99Ms, `${article_.p99.toFixed(2)} ms`],
      [`article HTML ≤ ${kb(BUDGET.articleHtmlBytes)}`, article_.htmlBytes <= BUDGET.articleHtmlBytes, kb(article_.htmlBytes)],
      [`search p95 ≤ ${BUDGET.searchP95Ms} ms over ${search.articles} articles`, search.p95 <= BUDGET.searchP95Ms, `${search.p95.toFixed(1)} ms`],
      [`client JS ≤ ${kb(BUDGET.clientJsGzipBytes)} gzip on every reader page`, results.every((r) => r.jsGzipBytes <= BUDGET.clientJsGzipBytes), kb(Math.max(...results.map((r) => r.jsGzipBytes)))],
    ] as const;
    for (const [label, ok, value] of checks) console.log(`${ok ? "✓" : "✗"} ${label}: ${value}`);
    process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
  } finally {
    await app.stop();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
