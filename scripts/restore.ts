/**
 * `npm run restore -- <file> [--force]`: loads a copy made by `npm run backup` into the configured
 * database and media storage. A database that holds anything is replaced only with --force.
 */
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { mediaRoot } from "@/lib/media/paths";
import { mediaStorage } from "@/lib/media/storage";
import { restoreBackup } from "@/lib/ops/backup/restore-backup";

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: "boolean", default: false } } });
  const file = positionals[0];
  if (!file) throw new Error("Укажите файл копии: npm run restore -- vestnik-2026-12-02.tar [--force]");
  const manifest = await restoreBackup(
    { databaseUrl: env().DATABASE_URL ?? null, dataDir: env().dataDir, storage: mediaStorage(), mediaRoot: mediaRoot(), log: (line) => console.log(line) },
    file,
    { force: values.force },
  );
  const { articles = 0, comments = 0, media = 0 } = manifest.counts;
  console.log(`Восстановлено: статей ${articles}, комментариев ${comments}, изображений ${media}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
