import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyPendingMigrations } from "../../lib/db/migrate";
import { pgConfigFromUrl } from "../../lib/db/pg-config";

/** The server test databases are created on (a test-only flag, hence read here). */
export function testServerUrl(): string {
  return process.env.DATABASE_URL_TEST || "postgresql://root@127.0.0.1:5432/test";
}

let available: Promise<boolean> | undefined;

/** Whether a PostgreSQL server answers at testServerUrl(). */
export function postgresAvailable(): Promise<boolean> {
  available ??= (async () => {
    const client = new pg.Client({ ...pgConfigFromUrl(testServerUrl()), connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return available;
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client(pgConfigFromUrl(testServerUrl()));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A uniquely named database on the test server, migrated unless `migrate: false`. */
export async function createTestDatabase(opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `vestnik_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  await onServer(`CREATE DATABASE "${name}"`);
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  const database: TestDatabase = {
    url: url.toString(),
    drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
  if (opts.migrate ?? true) {
    try {
      await applyPendingMigrations({ connectionOptions: { databaseUrl: database.url } });
    } catch (error) {
      await database.drop();
      throw error;
    }
  }
  return database;
}
