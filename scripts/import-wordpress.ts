/**
 * `npm run import:wordpress -- <export.xml> [--uploads <copy of wp-content/uploads>] [--author-map <file.json>] [--dry-run] [--allow-host <host>]`
 * Imports a WordPress export (Tools → Export → All content) into the site's database: the text in
 * one transaction, then the images (from the uploads folder, else downloaded from the old site).
 */
import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs";
import net from "node:net";
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDb, openDb } from "@/lib/db/process-database";
import { DirLockedError } from "@/lib/db/lock";
import { defaultMigrationPaths } from "@/lib/db/migrations-dir";
import type { Database } from "@/lib/db/open";
import { env } from "@/lib/env";
import { startWordPressImport, type ImportProgress } from "@/lib/wordpress/import/import-wordpress";
import { describeReport } from "@/lib/wordpress/import/report";
import { importBars } from "./wordpress/import-progress";

const USAGE = "npm run import:wordpress -- export.xml [--uploads папка-uploads] [--author-map роли.json] [--dry-run] [--allow-host хост:порт]";
const STOP_THE_SITE = "Остановите сайт (npm start), запустите импорт, затем снова запустите сайт.";

const authorMap = z.record(z.string(), z.enum(["ADMINISTRATOR", "EDITOR", "AUTHOR", "CONTRIBUTOR"], "роль: ADMINISTRATOR, EDITOR, AUTHOR или CONTRIBUTOR"));

/** Whether something accepts connections on the site's port here: the site running on the embedded database. */
function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port, timeout: 1000 });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.once("connect", () => done(true));
    socket.once("timeout", () => done(false));
    socket.once("error", () => done(false));
  });
}

async function openDatabase() {
  if (!env().DATABASE_URL) {
    console.log(`База данных: встроенная (${env().dataDir}/pglite). На время импорта сайт должен быть остановлен.`);
    if (await portAnswers(env().PORT)) throw new Error(`На порту ${env().PORT} отвечает сервер — похоже, сайт запущен. ${STOP_THE_SITE}`);
  }
  try {
    return await openDb({ create: true });
  } catch (error) {
    if (error instanceof DirLockedError) throw new Error(`Встроенная база данных занята работающим сайтом или другой командой. ${STOP_THE_SITE}`);
    throw error;
  }
}

/**
 * Applies pending migrations. The schema engine is a large WebAssembly module, loaded only when
 * some migration folder is not yet recorded as applied (a fresh database included).
 */
async function migrate(database: Database): Promise<void> {
  const folders = readdirSync(defaultMigrationPaths().migrationsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const applied = await database.prisma.$queryRaw<
    { name: string }[]
  >`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`.catch(() => []);
  const done = new Set(applied.map((row) => row.name));
  if (folders.every((folder) => done.has(folder.name))) return;
  const { applyPendingMigrations } = await import("@/lib/db/migrate");
  const names = await applyPendingMigrations({ connection: database });
  if (names.length > 0) console.log(`Применены миграции: ${names.join(", ")}`);
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      "author-map": { type: "string" },
      "dry-run": { type: "boolean" },
      uploads: { type: "string" },
      "allow-host": { type: "string" },
    },
  });
  const file = positionals[0];
  if (!file) throw new Error(`Укажите файл экспорта: ${USAGE}`);
  const size = statSync(file).size;
  const roles = values["author-map"] ? authorMap.parse(JSON.parse(readFileSync(values["author-map"], "utf8"))) : {};
  const uploads = values.uploads;
  if (uploads && !statSync(uploads, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`Папка загрузок не найдена: ${uploads}`);

  const database = await openDatabase();
  await migrate(database);
  const stream = createReadStream(file);
  const bars = importBars(size);
  let read: ImportProgress = { items: 0, posts: 0, comments: 0 };
  try {
    const run = await startWordPressImport(database.prisma, stream, {
      authorRoles: roles,
      dryRun: values["dry-run"] ?? false,
      onProgress: (progress) => {
        read = progress;
        bars.text(stream.bytesRead, progress);
      },
      media: { uploadsDir: uploads, privateHost: values["allow-host"], onProgress: (progress) => bars.media(progress) },
    });
    bars.textDone(read);
    const report = await run.finished;
    bars.stop();
    for (const line of describeReport(report, { mediaLines: 1000 })) console.log(line);
  } finally {
    bars.stop();
  }
}

process.umask(0o077);
main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
