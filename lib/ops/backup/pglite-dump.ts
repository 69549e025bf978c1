import { existsSync } from "node:fs";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { pgliteDir } from "@/lib/db/connection";
import { acquireDirLock, DirLockedError, type DirLock } from "@/lib/db/lock";
import { checkPGliteDir, createPGlite } from "@/lib/db/pglite";
import type { Query } from "./database-facts";

/** The embedded database's directory, locked against a running site for as long as `task` runs. */
export async function withLockedPGlite<T>(dataDir: string, task: (dir: string) => Promise<T>): Promise<T> {
  const dir = pgliteDir(dataDir);
  let lock: DirLock;
  try {
    lock = acquireDirLock(dir);
  } catch (error) {
    if (error instanceof DirLockedError) {
      throw new Error(`Встроенная база ${dir} занята процессом ${error.pid}: остановите сайт (npm start) и повторите.`);
    }
    throw error;
  }
  try {
    return await task(dir);
  } finally {
    lock.release();
  }
}

function queryOf(pglite: PGlite): Query {
  return async <T>(sql: string) => (await pglite.query<T>(sql)).rows;
}

/** Opens the cluster in `dir` (which the caller has locked), runs `task`, closes it. */
export async function withPGlite<T>(dir: string, task: (query: Query, pglite: PGlite) => Promise<T>): Promise<T> {
  checkPGliteDir(dir, false);
  const pglite = createPGlite(dir);
  try {
    await pglite.waitReady;
    return await task(queryOf(pglite), pglite);
  } finally {
    await pglite.close();
  }
}

export function hasCluster(dir: string): boolean {
  return existsSync(path.join(dir, "PG_VERSION"));
}

/** PGlite's own dump of its data directory: a gzipped tarball. */
export async function dumpPGlite(pglite: PGlite, file: string): Promise<void> {
  const dump = await pglite.dumpDataDir("gzip");
  await writeFile(file, new Uint8Array(await dump.arrayBuffer()));
}

/**
 * Unpacks a dump beside `dir` and checks that it opens, and only then puts it in place of
 * whatever `dir` held: a failed restore leaves the old database as it was.
 */
export async function restorePGlite(dir: string, file: string, check: (query: Query) => Promise<void>): Promise<void> {
  const incoming = `${dir}.restoring-${process.pid}`;
  await rm(incoming, { recursive: true, force: true });
  try {
    const pglite = createPGlite(incoming, { loadDataDir: new Blob([new Uint8Array(await readFile(file))]) });
    try {
      await pglite.waitReady;
      await check(queryOf(pglite));
    } finally {
      await pglite.close();
    }
    await rm(dir, { recursive: true, force: true });
    await rename(incoming, dir);
  } finally {
    await rm(incoming, { recursive: true, force: true });
  }
}
