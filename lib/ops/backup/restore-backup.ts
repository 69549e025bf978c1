import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { extract } from "tar";
import type { BackupTarget } from "./create-backup";
import { contentCounts, holdsData, type Query } from "./database-facts";
import { restoreMediaFiles } from "./media-archive";
import { DUMP_FILE, MANIFEST_FILE, MEDIA_DIR, manifestSchema, type Manifest } from "./manifest";
import { hasCluster, restorePGlite, withLockedPGlite, withPGlite } from "./pglite-dump";
import { restorePostgres, withPostgres } from "./postgres-dump";

/** A refusal the user can act on (the message says how); nothing was changed. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefusedError";
  }
}

const NOT_EMPTY = "База данных не пуста: восстановление заменит всё её содержимое. Если это и нужно, повторите с --force.";

async function readManifest(dir: string): Promise<Manifest> {
  const parsed = manifestSchema.safeParse(JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), "utf8").catch(() => "null")));
  if (!parsed.success) throw new RestoreRefusedError("Это не резервная копия Вестника (нет manifest.json или он повреждён).");
  return parsed.data;
}

async function checkCounts(query: Query, manifest: Manifest): Promise<void> {
  const counts = await contentCounts(query);
  const differ = Object.keys(manifest.counts).filter((name) => counts[name] !== manifest.counts[name]);
  if (differ.length > 0) throw new Error(`После восстановления не совпадает число записей: ${differ.join(", ")}`);
}

/**
 * Restores a backup made by createBackup into the target's database (of the same kind) and
 * media storage. Refuses a database holding any row unless `force`; with it, replaces it.
 */
export async function restoreBackup(target: BackupTarget, file: string, { force = false } = {}): Promise<Manifest> {
  const log = target.log ?? (() => {});
  if (!existsSync(file)) throw new RestoreRefusedError(`Файл ${file} не найден.`);
  const staging = path.join(target.dataDir, `.restore-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    log(`Распаковка ${file}…`);
    await extract({ file, cwd: staging });
    const manifest = await readManifest(staging);
    log(`Копия от ${manifest.created}, версия ${manifest.appVersion}, статей: ${manifest.counts.articles ?? 0}.`);
    const dumpFile = path.join(staging, DUMP_FILE[manifest.kind]);

    if (manifest.kind === "postgres") {
      if (!target.databaseUrl) throw new RestoreRefusedError("Копия сделана из PostgreSQL: задайте DATABASE_URL базы, в которую её восстановить.");
      const url = target.databaseUrl;
      if (!force && (await withPostgres(url, holdsData))) throw new RestoreRefusedError(NOT_EMPTY);
      log("Загрузка базы PostgreSQL (pg_restore)…");
      await restorePostgres(url, dumpFile);
      await withPostgres(url, (query) => checkCounts(query, manifest));
    } else {
      if (target.databaseUrl) throw new RestoreRefusedError("Копия сделана из встроенной базы: восстановите её без DATABASE_URL (в DATA_DIR).");
      await withLockedPGlite(target.dataDir, async (dir) => {
        if (!force && hasCluster(dir) && (await withPGlite(dir, holdsData))) throw new RestoreRefusedError(NOT_EMPTY);
        log("Загрузка встроенной базы…");
        await restorePGlite(dir, dumpFile, (query) => checkCounts(query, manifest));
      });
    }

    if (manifest.media === "files") {
      const unpacked = path.join(staging, MEDIA_DIR);
      if (existsSync(unpacked)) {
        log(`Изображения → ${target.storage.label}…`);
        const restored = await restoreMediaFiles(unpacked, target.storage, target.mediaRoot);
        log(`Изображений восстановлено: ${restored}.`);
      }
    } else {
      log("Изображения остались в хранилище S3: в копии только их список (media-list.txt).");
      if (target.storage.kind === "local") log("Внимание: сайт сейчас хранит изображения локально — задайте S3_*, чтобы они показывались.");
    }
    log("Готово.");
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
