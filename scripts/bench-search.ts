/** `npm run bench:search`: only the search figure of `npm run bench` (PostgreSQL, 100,000 articles). */
import { benchSearch } from "./bench/search-bench";

const SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://root@127.0.0.1:5432/postgres";
const BUDGET_P95_MS = 50;

const figure = await benchSearch(SERVER_URL, {
  size: Number(process.env.BENCH_SEARCH_ARTICLES ?? 100_000),
  keep: process.env.BENCH_SEARCH_KEEP === "1",
});
console.log(
  `search over ${figure.articles} articles, ${figure.runs} queries: p50 ${figure.p50.toFixed(1)} ms, p95 ${figure.p95.toFixed(1)} ms, max ${figure.max.toFixed(1)} ms`,
);
const ok = figure.p95 <= BUDGET_P95_MS;
console.log(`${ok ? "✓" : "✗"} search p95 ≤ ${BUDGET_P95_MS} ms: ${figure.p95.toFixed(1)} ms`);
process.exit(ok ? 0 : 1);
