import { readdirSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DatabaseWatch } from "./database-watch";

export type Readiness = { ready: true } | { ready: false; reason: string };

export type ReadinessSources = {
  database: DatabaseWatch;
  /** Names of the migrations the database has applied. */
  appliedMigrations: () => Promise<string[]>;
  /** Names of the migrations this build ships (prisma/migrations). */
  expectedMigrations: readonly string[];
  /** The change listener holds its LISTEN session. */
  listening: () => boolean;
  /** The server is shutting down. */
  stopping: () => boolean;
  /** How long a migration comparison is believed. */
  ttlMs?: number;
};

/** The migration folders of prisma/migrations, in order. */
export function shippedMigrations(root = process.cwd()): string[] {
  const dir = path.join(/* turbopackIgnore: true */ root, "prisma", "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** What `_prisma_migrations` says was applied (and not rolled back). */
export async function appliedMigrations(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return rows.map((row) => row.migration_name);
}

/** Whether this instance should get traffic; the database part is cached for `ttlMs`. */
export function readinessProbe({
  database,
  appliedMigrations,
  expectedMigrations,
  listening,
  stopping,
  ttlMs = 5_000,
}: ReadinessSources): () => Promise<Readiness> {
  let migrationsCheckedAt = -Infinity;
  let pending: string[] = [];
  return async () => {
    if (stopping()) return { ready: false, reason: "shutting down" };
    if (!(await database.isUp())) return { ready: false, reason: `database unavailable: ${database.problem ?? "no answer"}` };
    if (performance.now() - migrationsCheckedAt >= ttlMs) {
      try {
        const applied = new Set(await appliedMigrations());
        pending = expectedMigrations.filter((name) => !applied.has(name));
        migrationsCheckedAt = performance.now();
      } catch (error) {
        database.suspect();
        return { ready: false, reason: `migrations unknown: ${error instanceof Error ? error.message : String(error)}` };
      }
    }
    if (pending.length > 0) return { ready: false, reason: `pending migrations: ${pending.join(", ")}` };
    if (!listening()) return { ready: false, reason: "change listener disconnected" };
    return { ready: true };
  };
}

function sendJson(res: ServerResponse, status: number, body: object, head: boolean): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", "content-length": Buffer.byteLength(payload) });
  res.end(head ? undefined : payload);
}

/**
 * /healthz (the process answers: no database call) and /readyz (see readinessProbe), before the
 * page cache and Next. Resolves true when it answered.
 */
export async function answerHealth(req: IncomingMessage, res: ServerResponse, ready: () => Promise<Readiness>): Promise<boolean> {
  const pathname = (req.url ?? "/").split("?")[0];
  if (pathname !== "/healthz" && pathname !== "/readyz") return false;
  const head = req.method === "HEAD";
  if (req.method !== "GET" && !head) {
    res.writeHead(405, { allow: "GET, HEAD", "cache-control": "no-store" }).end();
    return true;
  }
  if (pathname === "/healthz") {
    sendJson(res, 200, { ok: true }, head);
    return true;
  }
  const readiness = await ready();
  sendJson(res, readiness.ready ? 200 : 503, readiness, head);
  return true;
}
