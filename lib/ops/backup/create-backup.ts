import { existsSync } from "node:fs";
import { mkdir, rename, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { create as createTar } from "tar";
import type { MediaStorage } from "@/lib/media/storage";
import { appliedMigrations, contentCounts } from "./database-facts";
import { countObjects, writeMediaList } from "./media-archive";
import { DUMP_FILE, MANIFEST_FILE, MEDIA_DIR, MEDIA_LIST_FILE, type Manifest } from "./manifest";
import { dumpPGlite, withLockedPGlite, withPGlite } from "./pglite-dump";
import { dumpPostgres, withPostgres } from "./postgres-dump";

export type BackupTarget = {
  /** The PostgreSQL database; null: the embedded one in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  /** The site's media storage, and where local media lives. */
  storage: MediaStorage;
  mediaRoot: string;
  log?: (line: string) => void;
};

/**
 * Writes one tar file: manifest.json, the database dump, and media/ (or media-list.txt when the
 * images are in S3). Built beside `file` and renamed into place, so a failed run leaves no half file.
 */
export async function createBackup(target: BackupTarget, file: string, appVersion: string): Promise<Manifest> {
  const log = target.log ?? (() => {});
  const staging = `${file}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    const kind = target.databaseUrl ? "postgres" : "pglite";
    const dumpFile = path.join(staging, DUMP_FILE[kind]);
    log(kind === "postgres" ? "Выгрузка базы PostgreSQL (pg_dump)…" : "Выгрузка встроенной базы…");
    const facts = target.databaseUrl
      ? await withPostgres(target.databaseUrl, async (query) => {
          await dumpPostgres(target.databaseUrl!, dumpFile);
          return { counts: await contentCounts(query), migrations: await appliedMigrations(query) };
        })
      : await withLockedPGlite(target.dataDir, (dir) =>
          withPGlite(dir, async (query, pglite) => {
            const counted = { counts: await contentCounts(query), migrations: await appliedMigrations(query) };
            await dumpPGlite(pglite, dumpFile);
            return counted;
          }),
        );

    const entries = [MANIFEST_FILE, DUMP_FILE[kind]];
    let media: Manifest["media"];
    if (target.storage.kind === "s3") {
      const listed = await writeMediaList(target.storage, path.join(staging, MEDIA_LIST_FILE));
      log(`Изображения в хранилище S3 (${listed} файлов): в копию входит только их список.`);
      media = "list";
      entries.push(MEDIA_LIST_FILE);
    } else {
      media = "files";
      if (existsSync(target.mediaRoot)) {
        log(`Изображения: ${await countObjects(target.storage)} файлов из ${target.mediaRoot}…`);
        await symlink(target.mediaRoot, path.join(staging, MEDIA_DIR), "dir");
        entries.push(MEDIA_DIR);
      }
    }

    const manifest: Manifest = { format: 1, kind, created: new Date().toISOString(), appVersion, ...facts, media };
    await writeFile(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    log("Запись архива…");
    const partial = `${file}.partial-${process.pid}`;
    try {
      // follow: media/ is a link to the media directory, packed as the files it points at.
      await createTar({ file: partial, cwd: staging, follow: true, portable: true, filter: (p) => !p.includes(".tmp-") }, entries);
      await rename(partial, file);
    } finally {
      await rm(partial, { force: true });
    }
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
