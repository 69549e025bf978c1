import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { applyPendingMigrations } from "@/lib/db/migrate";
import { openDatabase, type Database } from "@/lib/db/open";
import { pgConfigFromUrl } from "@/lib/db/pg-config";
import { startWordPressImport } from "@/lib/wordpress/import/import-wordpress";
import { writeGeneratedExport } from "@/lib/wordpress/testing/generate-export";
import { freshDatabase } from "../support/scratch-database";
import { sampleRss } from "./rss-sampler";

export type ImportFigure = {
  database: string;
  exportBytes: number;
  posts: number;
  comments: number;
  seconds: number;
  postsPerSecond: number;
  peakRss: number;
};

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ ...pgConfigFromUrl(url), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh database: a new one on the PostgreSQL server when one answers, else embedded PGlite in a temporary directory. */
async function scratchDatabase(serverUrl: string, dir: string): Promise<{ database: Database; label: string; drop: () => Promise<void> }> {
  if (await answers(serverUrl)) {
    const scratch = await freshDatabase("vestnik_bench_import", serverUrl);
    const database = await openDatabase({ databaseUrl: scratch.url });
    return { database, label: "PostgreSQL", drop: scratch.drop };
  }
  const database = await openDatabase({ databaseUrl: null, dataDir: dir, create: true });
  return { database, label: "embedded (PGlite)", drop: async () => undefined };
}

/**
 * Generates an export of `posts` posts and `comments` comments and imports its text into a fresh
 * database, timing the import (images are not part of it) and sampling this process's RSS meanwhile.
 */
export async function benchImport(serverUrl: string, { posts = 20_000, comments = 100_000 } = {}): Promise<ImportFigure> {
  const dir = await mkdtemp(path.join(tmpdir(), "vestnik-bench-import-"));
  const file = path.join(dir, "export.xml");
  const { database, label, drop } = await scratchDatabase(serverUrl, dir);
  try {
    const exportBytes = await writeGeneratedExport(file, { posts, comments });
    await applyPendingMigrations({ connection: database });
    const rss = sampleRss(process.pid, 100);
    const run = await startWordPressImport(database.prisma, createReadStream(file), { media: false });
    rss.stop();
    const report = run.report;
    const imported = report.posts.imported + report.posts.updated;
    return {
      database: label,
      exportBytes,
      posts: imported,
      comments: report.comments.imported + report.comments.updated,
      seconds: report.seconds,
      postsPerSecond: imported / report.seconds,
      peakRss: rss.peak(),
    };
  } finally {
    await database.close();
    await drop();
    await rm(dir, { recursive: true, force: true });
  }
}
