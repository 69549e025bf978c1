import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { closeDb, openDb } from "../../lib/db/process-database";
import type { Database } from "../../lib/db/open";
import { applyPendingMigrations } from "../../lib/db/migrate";
import { createTestDatabase, postgresAvailable } from "./postgres";

export type DatabaseTarget = {
  name: "PostgreSQL" | "PGlite";
  available: () => Promise<boolean>;
  /** Makes a fresh, migrated database the process database behind db(). */
  open: () => Promise<Database>;
  close: () => Promise<void>;
};

function postgresTarget(): DatabaseTarget {
  let drop: (() => Promise<void>) | undefined;
  return {
    name: "PostgreSQL",
    available: postgresAvailable,
    async open() {
      const database = await createTestDatabase();
      drop = database.drop;
      return openDb({ databaseUrl: database.url });
    },
    async close() {
      await closeDb();
      await drop?.();
    },
  };
}

function pgliteTarget(): DatabaseTarget {
  let dir: string | undefined;
  return {
    name: "PGlite",
    available: async () => true,
    async open() {
      dir = await mkdtemp(path.join(tmpdir(), "vestnik-pglite-"));
      const database = await openDb({ databaseUrl: null, dataDir: dir, create: true });
      await applyPendingMigrations({ connection: database });
      return database;
    },
    async close() {
      await closeDb();
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The same suite runs on the server and on the embedded database. */
export function databaseTargets(): DatabaseTarget[] {
  return [postgresTarget(), pgliteTarget()];
}
