import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, postgresAvailable, testServerUrl, type TestDatabase } from "../../tests/support/postgres";
import type { ConnectionOptions } from "./connection";
import { applyPendingMigrations, defaultMigrationPaths, migrationStatus, type MigrationPaths } from "./migrate";
import { LOCKFILE } from "./migrations-dir";
import { openDatabase } from "./open";

const TIMEOUT = 180_000;
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "vestnik-migrate-"));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

async function roundTrip(options: ConnectionOptions): Promise<void> {
  const database = await openDatabase(options);
  try {
    const { prisma } = database;
    const article = await prisma.article.create({
      data: {
        title: "Паводок на реке Ишим",
        slug: "pavodok",
        bodyHtml: "<p>Вода поднялась; жители эвакуированы.</p>",
        status: "PUBLISHED",
        publishedAt: new Date("2026-04-01T06:00:00Z"),
        category: { create: { name: "Общество", slug: "obshchestvo" } },
        author: { create: { name: "Анна", slug: "anna", email: "anna@example.org" } },
        cover: { create: { key: "abc", mime: "image/webp", width: 1600, height: 900, widths: [480, 960, 1600] } },
        tags: { create: [{ tag: { create: { name: "Погода", slug: "pogoda" } } }] },
      },
    });
    const read = await prisma.article.findUniqueOrThrow({
      where: { slug: "pavodok" },
      include: { category: true, author: true, cover: true, tags: { include: { tag: true } } },
    });
    expect(read.id).toBe(article.id);
    expect(read.title).toBe("Паводок на реке Ишим");
    expect(read.publishedAt?.toISOString()).toBe("2026-04-01T06:00:00.000Z");
    expect(read.category.slug).toBe("obshchestvo");
    expect(read.author.role).toBe("AUTHOR");
    expect(read.cover?.widths).toEqual([480, 960, 1600]);
    expect(read.tags.map((t) => t.tag.slug)).toEqual(["pogoda"]);
    // The extensions every database must offer (PGlite registers them at construction).
    await prisma.$executeRawUnsafe("CREATE EXTENSION IF NOT EXISTS pg_trgm");
    await prisma.$executeRawUnsafe("CREATE EXTENSION IF NOT EXISTS unaccent");
    const [row] = await prisma.$queryRaw<{ similarity: number; plain: string; kind: string }[]>`
      SELECT similarity('паводок', 'паводки')::float8 AS similarity, unaccent('Пётр') AS plain, 'r'::"char" AS kind`;
    expect(row?.similarity).toBeGreaterThan(0.3);
    expect(row?.plain).toBe("Петр");
    expect(row?.kind).toBe("r");
  } finally {
    await database.close();
  }
}

/** A copy of the real migrations plus extra ones. */
function migrationsWith(extra: Record<string, string>): MigrationPaths {
  const real = defaultMigrationPaths();
  const dir = fs.mkdtempSync(path.join(tmpRoot, "migrations-"));
  fs.cpSync(real.migrationsDir, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  expect(fs.existsSync(path.join(dir, LOCKFILE))).toBe(true);
  return { schemaPath: real.schemaPath, migrationsDir: dir };
}

const FUNCTION_BODY_WITH_SEMICOLONS = `
CREATE FUNCTION vestnik_answer() RETURNS integer AS $$
BEGIN
  PERFORM 1;
  RETURN 42;
END;
$$ LANGUAGE plpgsql;
`;
const FAILING = `CREATE TABLE "Half" ("id" INTEGER);\nSELECT 1 / 0;\n`;

async function expectAtomicScripts(options: ConnectionOptions): Promise<void> {
  const good = migrationsWith({ "29990101000000_function": FUNCTION_BODY_WITH_SEMICOLONS });
  const applied = await applyPendingMigrations({ connectionOptions: { ...options, create: true }, paths: good });
  expect(applied.at(-1)).toBe("29990101000000_function");
  const bad = migrationsWith({ "29990101000000_function": FUNCTION_BODY_WITH_SEMICOLONS, "29990102000000_failing": FAILING });
  await expect(applyPendingMigrations({ connectionOptions: options, paths: bad })).rejects.toThrow(/division by zero/);

  const database = await openDatabase(options);
  try {
    const [answer] = await database.prisma.$queryRaw<{ answer: number }[]>`SELECT vestnik_answer() AS answer`;
    expect(answer?.answer).toBe(42);
    const [half] = await database.prisma.$queryRaw<{ exists: boolean }[]>`
      SELECT to_regclass('"Half"') IS NOT NULL AS exists`;
    expect(half?.exists).toBe(false);
  } finally {
    await database.close();
  }
  const status = await migrationStatus({ connectionOptions: options, paths: bad });
  expect(status.diagnosis.failedMigrationNames).toEqual(["29990102000000_failing"]);
}

describe("PGlite", () => {
  it(
    "migrates a fresh directory, reports it up to date, and round-trips a row",
    async () => {
      const options: ConnectionOptions = { databaseUrl: null, dataDir: path.join(tmpRoot, "data-roundtrip") };
      await expect(openDatabase(options)).rejects.toThrow(/No database in .*PG_VERSION missing/);
      const applied = await applyPendingMigrations({ connectionOptions: options });
      expect(applied).toEqual(
        fs
          .readdirSync(defaultMigrationPaths().migrationsDir)
          .filter((n) => n !== LOCKFILE)
          .sort(),
      );
      expect((await migrationStatus({ connectionOptions: options })).upToDate).toBe(true);
      await roundTrip(options);
      expect(await applyPendingMigrations({ connectionOptions: options })).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "applies a migration atomically: $$ bodies work, a failing one leaves nothing behind",
    () => expectAtomicScripts({ databaseUrl: null, dataDir: path.join(tmpRoot, "data-atomic") }),
    TIMEOUT,
  );

  it(
    "refuses a second open of the same directory",
    async () => {
      const options: ConnectionOptions = { databaseUrl: null, dataDir: path.join(tmpRoot, "data-locked"), create: true };
      const first = await openDatabase(options);
      try {
        await expect(openDatabase(options)).rejects.toThrow(/is in use by process \d+/);
      } finally {
        await first.close();
      }
      const again = await openDatabase(options);
      await again.close();
    },
    TIMEOUT,
  );
});

const hasPostgres = await postgresAvailable();

describe.skipIf(!hasPostgres)(`PostgreSQL at ${testServerUrl()}${hasPostgres ? "" : " (skipped: no server answers)"}`, () => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    await Promise.all(databases.map((d) => d.drop()));
  });

  it(
    "migrates a fresh database and round-trips a row",
    async () => {
      const database = await createTestDatabase();
      databases.push(database);
      const options: ConnectionOptions = { databaseUrl: database.url };
      expect((await migrationStatus({ connectionOptions: options })).upToDate).toBe(true);
      await roundTrip(options);
    },
    TIMEOUT,
  );

  it(
    "applies a migration atomically: $$ bodies work, a failing one leaves nothing behind",
    async () => {
      const database = await createTestDatabase({ migrate: false });
      databases.push(database);
      await expectAtomicScripts({ databaseUrl: database.url });
    },
    TIMEOUT,
  );
});
