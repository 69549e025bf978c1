/**
 * `npm run backup -- <file>`: the database (pg_dump's custom format, or PGlite's own dump with the
 * site stopped) and the images (or, when they are in S3, their list) in one tar file.
 */
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { mediaRoot } from "@/lib/media/paths";
import { mediaStorage } from "@/lib/media/storage";
import { createBackup } from "@/lib/ops/backup/create-backup";
import packageJson from "@/package.json";

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true });
  const file = positionals[0];
  if (!file) throw new Error("Укажите файл копии: npm run backup -- vestnik-2026-12-02.tar");
  const started = performance.now();
  const manifest = await createBackup(
    { databaseUrl: env().DATABASE_URL ?? null, dataDir: env().dataDir, storage: mediaStorage(), mediaRoot: mediaRoot(), log: (line) => console.log(line) },
    file,
    packageJson.version,
  );
  const { articles = 0, comments = 0, media = 0 } = manifest.counts;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Копия записана в ${file} за ${seconds} с: статей ${articles}, комментариев ${comments}, изображений ${media}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
