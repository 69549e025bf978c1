/**
 * `npm run db:seed [-- --reset]`: loads the demo content into an empty database.
 * With --reset (or --force) it first deletes existing content. Run `npm run db:deploy` first.
 */
import { openDatabase } from "@/lib/db/open";
import { env } from "@/lib/env";
import { ARTICLE_FORMS, pluralRu } from "@/lib/format/plural";
import { seedDatabase } from "@/prisma/seed";
import { progressReporter } from "./seed/progress";

async function main(): Promise<void> {
  const reset = process.argv.includes("--reset") || process.argv.includes("--force");
  const started = performance.now();
  const database = await openDatabase();
  try {
    const progress = progressReporter("Демо-материалы");
    const result = await seedDatabase(database.prisma, { dataDir: env().dataDir, onProgress: progress.update, reset });
    progress.stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (result.seeded) {
      console.log(`Готово за ${seconds} с: загружено ${result.articles} ${pluralRu(result.articles, ARTICLE_FORMS)}, изображения в ${env().dataDir}/media`);
    } else {
      console.log(
        `В базе уже есть материалы (${result.articles} ${pluralRu(result.articles, ARTICLE_FORMS)}) — ничего не изменено. Для перезаписи: npm run db:seed -- --reset`,
      );
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
