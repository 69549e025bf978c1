/**
 * `npm run media:migrate`: copies the images in DATA_DIR/media to the S3 bucket named by S3_*,
 * skipping those already there, so it can be run again after an interruption or a last upload.
 */
import cliProgress from "cli-progress";
import { env } from "@/lib/env";
import { copyMedia } from "@/lib/media/copy-media";
import { mediaRoot } from "@/lib/media/paths";
import { localStorage, s3Storage } from "@/lib/media/storage";

async function main(): Promise<void> {
  const settings = env().s3;
  if (!settings) throw new Error("Хранилище S3 не настроено: задайте S3_ENDPOINT, S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID и S3_SECRET_ACCESS_KEY.");
  const from = localStorage(mediaRoot());
  const to = s3Storage(settings);
  console.log(`Копирование изображений: ${from.label} → ${to.label}`);
  const bar = new cliProgress.SingleBar(
    { format: "Изображения [{bar}] {value}/{total} | скопировано {copied}", hideCursor: true, noTTYOutput: true, notTTYSchedule: 5000 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const result = await copyMedia(from, to, ({ done, total, copied }) => {
    if (!started) bar.start(total, done, { copied });
    else bar.update(done, { copied });
    started = true;
  });
  bar.stop();
  console.log(`Готово: файлов ${result.total}, скопировано ${result.copied}, уже были в хранилище ${result.skipped}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
