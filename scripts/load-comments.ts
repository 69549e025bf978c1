/**
 * `npm run load:comments`: 200 readers post a comment each, at the same moment, to 200 different
 * articles from 200 different addresses, against a production build on a fresh PostgreSQL
 * database. Prints latencies and checks that no post got a 5xx and that every comment the
 * server accepted is in the database.
 */
import { spawnSync } from "node:child_process";
import pg from "pg";
import { pgConfigFromUrl } from "@/lib/db/pg-config";
import { percentile, runCommentLoad } from "./support/comment-load";
import { startAppServer } from "./support/app-server";
import { freshDatabase } from "./support/scratch-database";

const DATABASE = "vestnik_load";
const PORT = Number(process.env.LOAD_PORT ?? 3300);
const POSTS = Number(process.env.LOAD_POSTS ?? 200);

async function main(): Promise<void> {
  if (process.argv.includes("--build")) {
    const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production" },
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const database = await freshDatabase(DATABASE);
  const app = await startAppServer(PORT, { DATABASE_URL: database.url, TRUST_PROXY: "1" });
  const client = new pg.Client(pgConfigFromUrl(database.url));
  try {
    await client.connect();
    const targets = (
      await client.query<{ slug: string; id: number }>(
        `SELECT slug, id FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= now() AND language = 'ru' ORDER BY "publishedAt" DESC LIMIT $1`,
        [POSTS],
      )
    ).rows;
    const { posts, wallMs } = await runCommentLoad({ baseUrl: app.url, targets, run: String(Date.now()) });
    const statuses = posts.reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.status]: (acc[p.status] ?? 0) + 1 }), {});
    const accepted = posts.filter((p) => p.status === 303 && p.commentId !== null);
    const { rows } = await client.query<{ id: number; content: string }>(`SELECT id, content FROM "Comment" WHERE id = ANY($1::int[])`, [
      accepted.map((p) => p.commentId),
    ]);
    const stored = new Map(rows.map((r) => [r.id, r.content]));
    const missing = accepted.filter((p) => stored.get(p.commentId!) !== p.text);
    const latencies = posts.map((p) => p.ms);
    console.log(`\n${posts.length} simultaneous comment posts to ${targets.length} articles from ${posts.length} addresses`);
    console.log(`statuses: ${JSON.stringify(statuses)}  (303 = accepted and redirected to the comment)`);
    console.log(
      `latency: p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms; all done in ${wallMs.toFixed(0)} ms (${((posts.length / wallMs) * 1000).toFixed(0)} posts/s)`,
    );
    console.log(
      `accepted: ${accepted.length}; in the database: ${accepted.length - missing.length}; 5xx or failed: ${posts.filter((p) => p.status === 0 || p.status >= 500).length}`,
    );
    process.exitCode = missing.length === 0 && posts.every((p) => p.status > 0 && p.status < 500) ? 0 : 1;
  } finally {
    await client.end().catch(() => undefined);
    await app.stop();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
