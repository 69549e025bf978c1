import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { applyPendingMigrations, defaultMigrationPaths } from "@/lib/db/migrate";
import { LOCKFILE } from "@/lib/db/migrations-dir";
import { pgConfigFromUrl } from "@/lib/db/pg-config";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "@/tests/support/postgres";

const MIGRATION = "20261202180000_article_categories";

/** The real migrations up to, not including, `MIGRATION`. */
function migrationsBefore(dir: string) {
  const real = defaultMigrationPaths();
  fs.cpSync(real.migrationsDir, dir, { recursive: true });
  for (const name of fs.readdirSync(dir)) if (name !== LOCKFILE && name >= MIGRATION) fs.rmSync(path.join(dir, name), { recursive: true });
  return { schemaPath: real.schemaPath, migrationsDir: dir };
}

describe.skipIf(!(await postgresAvailable()))("the article_categories migration on PostgreSQL", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vestnik-article-categories-"));
  let database: TestDatabase | undefined;
  afterAll(async () => {
    await database?.drop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("puts every existing article in its category and every revision's category in its list", async () => {
    database = await createTestDatabase({ migrate: false });
    const connectionOptions = { databaseUrl: database.url };
    await applyPendingMigrations({ connectionOptions, paths: migrationsBefore(tmp) });
    const client = new pg.Client(pgConfigFromUrl(database.url));
    await client.connect();
    try {
      const query = async (sql: string) => (await client.query(sql)).rows;
      await query(`INSERT INTO "Category" (name, slug) VALUES ('Общество', 'obshchestvo'), ('Спорт', 'sport')`);
      await query(`INSERT INTO "User" (name, slug, email) VALUES ('Анна', 'anna', 'anna@example.kz')`);
      await query(`
        INSERT INTO "Article" (title, slug, "bodyHtml", "categoryId", "authorId", status, "publishedAt", "updatedAt")
        SELECT 'Статья ' || g, 'statya-' || g, '<p>x</p>', (SELECT id FROM "Category" WHERE slug = CASE WHEN g % 2 = 0 THEN 'sport' ELSE 'obshchestvo' END),
          (SELECT id FROM "User"), 'PUBLISHED', now(), now()
        FROM generate_series(1, 5) g`);
      await query(`
        INSERT INTO "ArticleRevision" ("articleId", title, slug, lead, "bodyHtml", "categoryId", "tagNames", "coverAlt", "coverCaption", "mustRead", status)
        SELECT id, title, slug, '', "bodyHtml", "categoryId", '{}', '', '', false, status FROM "Article"`);

      expect(await applyPendingMigrations({ connectionOptions })).toContain(MIGRATION);

      const mismatched = await query(`
        SELECT a.slug FROM "Article" a
        WHERE (SELECT array_agg(ac."categoryId") FROM "ArticleCategory" ac WHERE ac."articleId" = a.id) IS DISTINCT FROM ARRAY[a."categoryId"]`);
      expect(mismatched).toEqual([]);
      expect(await query(`SELECT count(*)::int AS n FROM "ArticleCategory"`)).toEqual([{ n: 5 }]);
      const revisions = await query(`SELECT count(*)::int AS n FROM "ArticleRevision" WHERE "categoryIds" = ARRAY["categoryId"]`);
      expect(revisions).toEqual([{ n: 5 }]);
    } finally {
      await client.end();
    }
  }, 180_000);
});
