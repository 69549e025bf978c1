/**
 * The process-wide database behind lib/db/index.ts, kept on globalThis because Next
 * evaluates modules more than once in one process. Free of `server-only` so that
 * instrumentation.ts and scripts/start.ts can import it too.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { env } from "../env";
import type { ConnectionOptions } from "./connection";
import { openDatabaseSync, type Database } from "./open";

const holder = globalThis as typeof globalThis & { __vestnikDb?: Database; __vestnikDbClosing?: Promise<void> };

function current(opts?: ConnectionOptions): Database {
  if (!holder.__vestnikDb) {
    if (env().NEXT_PHASE === "phase-production-build") {
      throw new Error("The database must not be opened during `next build` (PGlite allows one process only).");
    }
    holder.__vestnikDb = openDatabaseSync(opts);
  }
  return holder.__vestnikDb;
}

/** The Prisma client, opened on first call (synchronously: queries wait for PGlite to start). */
export function db(): PrismaClient {
  return current().prisma;
}

/**
 * Opens the process database (if not yet) and waits until it answers. `opts` apply only to
 * the first open, e.g. `{ create: true }` to let a start script create a missing PGlite cluster.
 */
export async function openDb(opts?: ConnectionOptions): Promise<Database> {
  const database = current(opts);
  await database.ready();
  return database;
}

/** Closes the process database; concurrent callers (several signal handlers) all wait for the same close. */
export function closeDb(): Promise<void> {
  const database = holder.__vestnikDb;
  if (!database) return holder.__vestnikDbClosing ?? Promise.resolve();
  holder.__vestnikDb = undefined;
  holder.__vestnikDbClosing = database.close();
  return holder.__vestnikDbClosing;
}
