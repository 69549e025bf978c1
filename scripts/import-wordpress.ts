/**
 * `npm run import:wordpress -- <export.xml> [--author-map <file.json>] [--dry-run]`
 * Imports a WordPress export (Tools → Export → All content) into the site's database.
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { z } from "zod";
import { closeDb, openDb } from "@/lib/db/process-database";
import { DirLockedError } from "@/lib/db/lock";
import { applyPendingMigrations } from "@/lib/db/migrate";
import { importWordPress } from "@/lib/wordpress/import/import-wordpress";
import { describeReport } from "@/lib/wordpress/import/report";

const authorMap = z.record(z.string(), z.enum(["ADMINISTRATOR", "EDITOR", "AUTHOR", "CONTRIBUTOR"], "роль: ADMINISTRATOR, EDITOR, AUTHOR или CONTRIBUTOR"));

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "author-map": { type: "string" }, "dry-run": { type: "boolean" }, uploads: { type: "string" } },
  });
  const file = positionals[0];
  if (!file) throw new Error("Укажите файл экспорта: npm run import:wordpress -- export.xml [--author-map роли.json] [--dry-run]");
  const size = statSync(file).size;
  const roles = values["author-map"] ? authorMap.parse(JSON.parse(readFileSync(values["author-map"], "utf8"))) : {};
  if (values.uploads) console.log("--uploads: перенос файлов изображений ещё не поддерживается; адреса изображений будут перечислены в отчёте.");

  let database;
  try {
    database = await openDb({ create: true });
  } catch (error) {
    if (error instanceof DirLockedError) {
      throw new Error("Встроенная база данных занята работающим сайтом. Остановите сайт (npm start), запустите импорт, затем снова запустите сайт.");
    }
    throw error;
  }
  const applied = await applyPendingMigrations({ connection: database });
  if (applied.length > 0) console.log(`Применены миграции: ${applied.join(", ")}`);
  const stream = createReadStream(file);
  const bar = new cliProgress.SingleBar(
    { format: "Импорт {bar} {percentage}% · {items} записей · осталось {eta_formatted}", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(size, 0, { items: 0 });
  const report = await importWordPress(database.prisma, stream, {
    authorRoles: roles,
    dryRun: values["dry-run"] ?? false,
    onProgress: ({ items }) => bar.update(stream.bytesRead, { items }),
  }).finally(() => {
    bar.update(stream.bytesRead);
    bar.stop();
  });
  for (const line of describeReport(report)) console.log(line);
}

process.umask(0o077);
main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
