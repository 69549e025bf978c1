import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

/**
 * The one place that constructs PGlite, so the app, the migration tool and the shadow
 * database all have the same extensions. `dir` undefined means in memory.
 * Synchronous: queries wait for `waitReady` by themselves.
 */
export function createPGlite(dir?: string, options: { loadDataDir?: Blob } = {}): PGlite {
  return new PGlite(dir ?? "memory://", {
    extensions: { pg_trgm, unaccent },
    startParams: [...PGlite.defaultStartParams, ...MEMORY_SETTINGS],
    // A dump from dumpDataDir() unpacked into an empty directory (restoring a backup).
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
}

/**
 * PGlite runs inside the server's process, so PostgreSQL's default 128 MB of shared buffers
 * would be the server's memory too (about 130 MB of resident memory once warm); the files
 * under them stay in the operating system's cache anyway.
 */
const MEMORY_SETTINGS = ["-c", "shared_buffers=16MB", "-c", "work_mem=2MB"];

export class NoDatabaseError extends Error {
  constructor(dir: string) {
    super(`No database in ${dir} (PG_VERSION missing). Create it with \`npm run db:deploy\`.`);
    this.name = "NoDatabaseError";
  }
}

/**
 * `new PGlite(dir)` silently creates an empty cluster in a missing or wrong directory.
 * Throws unless `dir` holds a cluster, or (with `create`) is missing or empty.
 */
export function checkPGliteDir(dir: string, create: boolean): void {
  if (fs.existsSync(path.join(/* turbopackIgnore: true */ dir, "PG_VERSION"))) return;
  const entries = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  if (entries.length > 0) throw new Error(`${dir} is not empty but holds no PostgreSQL cluster (PG_VERSION missing)`);
  if (!create) throw new NoDatabaseError(dir);
}
