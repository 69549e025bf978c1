import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getArticleBySlug, getLatestArticles } from "@/lib/articles/reads";
import { acquireDirLock } from "@/lib/db/lock";
import { applyPendingMigrations } from "@/lib/db/migrate";
import { openDatabase, type ConnectionOptions } from "@/lib/db/open";
import { closeDb, openDb } from "@/lib/db/process-database";
import { mediaRoot } from "@/lib/media/paths";
import { localStorage, type MediaStorage } from "@/lib/media/storage";
import { seedDatabase } from "@/prisma/seed";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "@/tests/support/postgres";
import { createBackup, type BackupTarget } from "./create-backup";
import { contentCounts, type Query } from "./database-facts";
import { withPostgres } from "./postgres-dump";
import { RestoreRefusedError, restoreBackup } from "./restore-backup";

const scratch = await mkdtemp(path.join(tmpdir(), "vestnik-backup-"));
afterAll(() => rm(scratch, { recursive: true, force: true }));

function target(databaseUrl: string | null, dataDir: string): BackupTarget {
  return { databaseUrl, dataDir, storage: localStorage(mediaRoot(dataDir)), mediaRoot: mediaRoot(dataDir) };
}

async function files(storage: MediaStorage): Promise<string[]> {
  const keys: string[] = [];
  for await (const { key, size } of storage.list()) keys.push(`${key}:${size}`);
  return keys.sort();
}

/** What readers see: every published article's page data, through the site's own read functions. */
async function readerView(connection: ConnectionOptions) {
  await openDb(connection);
  try {
    const latest = [...(await getLatestArticles("ru", 50)), ...(await getLatestArticles("ru", 50, 50))];
    const articles = await Promise.all(latest.map(async ({ slug }) => (await getArticleBySlug("ru", slug))!));
    return articles.map((a) => ({ slug: a.slug, title: a.title, bodyHtml: a.bodyHtml, cover: a.cover?.key ?? null }));
  } finally {
    await closeDb();
  }
}

async function seed(connection: ConnectionOptions, dataDir: string): Promise<void> {
  const database = await openDatabase(connection);
  try {
    if (connection.databaseUrl === null) await applyPendingMigrations({ connection: database });
    expect((await seedDatabase(database.prisma, { dataDir })).seeded).toBe(true);
  } finally {
    await database.close();
  }
}

const pglitePath = (dataDir: string): ConnectionOptions => ({ databaseUrl: null, dataDir });

describe.skipIf(!(await postgresAvailable()))("backup and restore on PostgreSQL", () => {
  const source = path.join(scratch, "pg-source");
  const restored = path.join(scratch, "pg-restored");
  const file = path.join(scratch, "pg.tar");
  let from: TestDatabase;
  let into: TestDatabase;

  beforeAll(async () => {
    from = await createTestDatabase();
    into = await createTestDatabase();
    await seed({ databaseUrl: from.url }, source);
  }, 180_000);
  afterAll(async () => {
    await from?.drop();
    await into?.drop();
  });

  it("round-trips: the same counts, media files and article pages in a fresh database", async () => {
    const manifest = await createBackup(target(from.url, source), file, "test-version");
    expect(manifest).toMatchObject({ format: 1, kind: "postgres", appVersion: "test-version", media: "files" });
    expect(manifest.migrations.length).toBeGreaterThan(5);
    expect(manifest.counts.articles).toBeGreaterThan(10);
    expect(manifest.counts.comments).toBeGreaterThan(0);
    expect(manifest.counts.media).toBeGreaterThan(0);

    await restoreBackup(target(into.url, restored), file);
    const counts = (url: string) => withPostgres(url, (query: Query) => contentCounts(query));
    expect(await counts(into.url)).toEqual(await counts(from.url));
    expect(await counts(into.url)).toEqual(manifest.counts);
    expect(await files(localStorage(mediaRoot(restored)))).toEqual(await files(localStorage(mediaRoot(source))));
    const original = await readerView({ databaseUrl: from.url });
    expect(original.length).toBeGreaterThan(10);
    expect(await readerView({ databaseUrl: into.url })).toEqual(original);
  }, 120_000);

  it("refuses a database that holds anything without --force, and replaces it with it", async () => {
    await withPostgres(into.url, (query) => query(`DELETE FROM "Comment"`));
    await expect(restoreBackup(target(into.url, restored), file)).rejects.toThrow(RestoreRefusedError);
    await expect(restoreBackup(target(into.url, restored), file)).rejects.toThrow(/не пуста.*--force/);
    expect((await withPostgres(into.url, contentCounts)).comments).toBe(0);

    await restoreBackup(target(into.url, restored), file, { force: true });
    expect(await withPostgres(into.url, contentCounts)).toEqual(await withPostgres(from.url, contentCounts));
  }, 120_000);
});

describe("backup and restore on the embedded database (PGlite)", () => {
  const source = path.join(scratch, "pglite-source");
  const restored = path.join(scratch, "pglite-restored");
  const file = path.join(scratch, "pglite.tar");

  beforeAll(() => seed({ databaseUrl: null, dataDir: source, create: true }, source), 180_000);

  it("refuses to back up while the site holds the database", async () => {
    const lock = acquireDirLock(path.join(source, "pglite"));
    try {
      await expect(createBackup(target(null, source), file, "test")).rejects.toThrow(/занята процессом \d+: остановите сайт/);
    } finally {
      lock.release();
    }
  });

  it("round-trips into a new data directory: the same counts, media files and article pages", async () => {
    const manifest = await createBackup(target(null, source), file, "test-version");
    expect(manifest).toMatchObject({ kind: "pglite", media: "files" });
    expect(manifest.counts.articles).toBeGreaterThan(10);

    await restoreBackup(target(null, restored), file);
    expect(await files(localStorage(mediaRoot(restored)))).toEqual(await files(localStorage(mediaRoot(source))));
    const original = await readerView(pglitePath(source));
    expect(original.length).toBeGreaterThan(10);
    expect(await readerView(pglitePath(restored))).toEqual(original);
  }, 120_000);

  it("refuses to overwrite a data directory with content without --force, and replaces it with it", async () => {
    await expect(restoreBackup(target(null, restored), file)).rejects.toThrow(/не пуста.*--force/);
    const database = await openDatabase(pglitePath(restored));
    try {
      await database.prisma.comment.deleteMany();
    } finally {
      await database.close();
    }
    await expect(restoreBackup(target(null, restored), file)).rejects.toThrow(RestoreRefusedError);
    await restoreBackup(target(null, restored), file, { force: true });
    const reopened = await openDatabase(pglitePath(restored));
    try {
      expect(await reopened.prisma.comment.count()).toBeGreaterThan(0);
    } finally {
      await reopened.close();
    }
  }, 120_000);

  it("refuses a backup of the other kind of database", async () => {
    await expect(restoreBackup(target("postgresql://root@127.0.0.1:5432/nowhere", restored), file)).rejects.toThrow(/встроенной базы/);
  });
});
