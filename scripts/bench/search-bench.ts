import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase } from "@/lib/db/open";
import { applyPendingMigrations } from "@/lib/db/migrate";
import { pgConfigFromUrl } from "@/lib/db/pg-config";
import { parseSearchQuery } from "@/lib/search/query";
import { runSearch } from "@/lib/search/run-search";
import { seedDatabase } from "@/prisma/seed";
import { growSearchCorpus } from "./search-corpus";

/** Common and rare words, inflected forms, phrases, a later page, unknown (Kazakh) words and a typo. */
export const SEARCH_MIX: [string, number][] = [
  ["школа", 1],
  ["ремонт дорог", 1],
  ["акимат области", 1],
  ["наркопреступления", 1],
  ["пожар", 2],
  ['"продуктовые наборы"', 1],
  ["волонтёры Павлодара", 1],
  ["Өскемен", 1],
  ["Торайгыр 17", 1],
  ["теплотраса", 1],
  ["Павлодарда", 1],
  ["футбол чемпионат", 1],
  ["бюджет -образование", 1],
];

export type SearchFigure = { articles: number; runs: number; p50: number; p95: number; max: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Builds a corpus of `size` articles in a dedicated PostgreSQL database and times the search
 * query function itself (no HTTP, no cache) over SEARCH_MIX, `rounds` times each. With `keep`
 * the database stays for the next run, which then skips building it.
 */
export async function benchSearch(serverUrl: string, { size = 100_000, rounds = 15, keep = false } = {}): Promise<SearchFigure> {
  const name = "vestnik_bench_search";
  const admin = new pg.Client(pgConfigFromUrl(serverUrl));
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1;
  const reuse = keep && exists;
  if (!reuse) {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const mediaDir = await mkdtemp(path.join(tmpdir(), "vestnik-bench-"));
  const database = await openDatabase({ databaseUrl: url.toString() });
  try {
    let articles = await database.prisma.article.count({ where: { status: "PUBLISHED" } }).catch(() => 0);
    if (!reuse || articles < size) {
      await applyPendingMigrations({ connection: database });
      await seedDatabase(database.prisma, { dataDir: mediaDir, reset: true });
      const started = Date.now();
      articles = await growSearchCorpus(database.prisma, size);
      console.log(`Search corpus: ${articles} published articles, built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }

    const queries = SEARCH_MIX.map(([text, page]) => {
      const parsed = parseSearchQuery(text);
      if (!parsed.ok) throw new Error(`not a query: ${text}`);
      return { query: parsed.query, page };
    });
    for (const { query, page } of queries) await runSearch(database.prisma, query, page, { language: "ru" }); // warm-up
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const { query, page } of queries) {
        const t = performance.now();
        await runSearch(database.prisma, query, page, { language: "ru" });
        times.push(performance.now() - t);
      }
    }
    times.sort((a, b) => a - b);
    return { articles, runs: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)! };
  } finally {
    await database.close();
    await rm(mediaDir, { recursive: true, force: true });
    if (!keep) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
