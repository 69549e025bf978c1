/**
 * `npm run bench:import`: the WordPress import's text speed — an export of 20,000 posts and
 * 100,000 comments into a fresh database (PostgreSQL when DATABASE_URL's or the local server
 * answers, else embedded PGlite). Exits 1 below 1,000 posts a second.
 */
import { benchImport } from "./bench/import-bench";

const SERVER_URL = process.env.DATABASE_URL || process.env.BENCH_DATABASE_URL || "postgresql://root@127.0.0.1:5432/postgres";
const BUDGET_POSTS_PER_SECOND = 1000;

const figure = await benchImport(SERVER_URL, {
  posts: Number(process.env.BENCH_IMPORT_POSTS ?? 20_000),
  comments: Number(process.env.BENCH_IMPORT_COMMENTS ?? 100_000),
});
console.log(
  `WordPress import, ${figure.database}: ${figure.posts} posts and ${figure.comments} comments (${(figure.exportBytes / 1048576).toFixed(0)} MB) in ${figure.seconds.toFixed(1)} s — ${Math.round(figure.postsPerSecond)} posts/s, peak RSS ${(figure.peakRss / 1048576).toFixed(0)} MB`,
);
const ok = figure.postsPerSecond >= BUDGET_POSTS_PER_SECOND;
console.log(`${ok ? "✓" : "✗"} import ≥ ${BUDGET_POSTS_PER_SECOND} posts/s: ${Math.round(figure.postsPerSecond)} posts/s`);
process.exit(ok ? 0 : 1);
