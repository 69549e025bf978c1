/**
 * Brings the database up to date before the server starts (run by scripts/start.ts in a process
 * of its own): migrations, the demo content into an empty database, the first administrator.
 */
import { env } from "@/lib/env";
import { ARTICLE_FORMS, pluralRu } from "@/lib/format/plural";
import { applyPendingMigrations } from "@/lib/db/migrate";
import { closeDb, openDb } from "@/lib/db/process-database";
import { seedDatabase } from "@/prisma/seed";
import { bootstrapAdministrator } from "@/lib/auth/staff-accounts";
import { progressReporter } from "./seed/progress";
import { announceAdministrator } from "./support/announce-administrator";

async function prepareDatabase(): Promise<void> {
  const database = await openDb({ create: true });
  console.log(`База данных: ${database.label}`);
  const applied = await applyPendingMigrations({ connection: database });
  if (applied.length > 0) console.log(`Применены миграции: ${applied.join(", ")}`);
  const progress = progressReporter("Демо-материалы");
  const result = await seedDatabase(database.prisma, { dataDir: env().dataDir, onProgress: progress.update });
  progress.stop();
  if (result.seeded) console.log(`Загружены демонстрационные материалы: ${result.articles} ${pluralRu(result.articles, ARTICLE_FORMS)}`);
  const admin = await bootstrapAdministrator(database.prisma, { email: env().ADMIN_EMAIL, password: env().ADMIN_PASSWORD });
  if (admin) console.log(announceAdministrator(admin, { terminal: process.stdout.isTTY === true, dataDir: env().dataDir }));
}

process.umask(0o077);
prepareDatabase()
  .then(() => closeDb())
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await closeDb().catch(() => undefined);
    process.exit(1);
  });
