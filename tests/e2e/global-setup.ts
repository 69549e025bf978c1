import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyPendingMigrations } from "../../lib/db/migrate";
import { openDatabase, type ConnectionOptions } from "../../lib/db/open";
import { seedDatabase } from "../../prisma/seed";
import { startAppServer } from "../../scripts/support/app-server";
import { createTestDatabase, postgresAvailable } from "../support/postgres";
import { startSmtpCatcher } from "../support/smtp-server";
import { readReaderFixtures, type ReaderFixtures } from "./support/reader-fixtures";
import { createNewsroomAccounts, type NewsroomAccounts } from "./support/newsroom-accounts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string | null;
    /** The served app's DATA_DIR. */
    dataDir: string;
    /** The served app's process, for tests that read its CPU time. */
    serverPid: number;
    readerFixtures: ReaderFixtures;
    newsroom: NewsroomAccounts;
    /** Where every mail the app sends arrives, one .eml file each (tests/support/smtp-server.ts). */
    mailDir: string;
  }
}

const PORT = Number(process.env.E2E_PORT ?? 3100);

function buildOnce(): void {
  if (process.env.E2E_SKIP_BUILD === "1") return;
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

/**
 * Builds the app, prepares a database with the demo content (a fresh PostgreSQL database, or a
 * fresh PGlite directory where no server answers), reads what the tests need to know about it,
 * and serves it through `npm start`'s entry point.
 */
export default async function setup(project: TestProject) {
  buildOnce();
  const dataDir = await mkdtemp(path.join(tmpdir(), "vestnik-e2e-"));
  const server = (await postgresAvailable()) ? await createTestDatabase() : null;
  if (!server) console.warn("[e2e] No PostgreSQL server answers: end-to-end tests run on the embedded database.");
  const connection: ConnectionOptions = server ? { databaseUrl: server.url } : { databaseUrl: null, dataDir, create: true };

  const database = await openDatabase(connection);
  let fixtures: ReaderFixtures;
  let newsroom: NewsroomAccounts;
  try {
    await applyPendingMigrations({ connection: database });
    await seedDatabase(database.prisma, { dataDir });
    fixtures = await readReaderFixtures(database.prisma);
    newsroom = await createNewsroomAccounts(database.prisma);
  } finally {
    await database.close();
  }

  const mailDir = await mkdtemp(path.join(tmpdir(), "vestnik-e2e-mail-"));
  const smtp = await startSmtpCatcher({ saveTo: mailDir });
  // TRUST_PROXY lets tests present distinct clients through X-Forwarded-For (flood limits are per address).
  const app = await startAppServer(PORT, {
    DATA_DIR: dataDir,
    DATABASE_URL: server?.url ?? "",
    TRUST_PROXY: "1",
    VIEWS_FLUSH_SECONDS: "1",
    // One JSON line per request would bury the tests' own output.
    LOG_LEVEL: "warn",
    SMTP_URL: smtp.url,
    ...newsroom.appEnv,
  });
  project.provide("baseUrl", app.url);
  project.provide("databaseUrl", server?.url ?? null);
  project.provide("dataDir", dataDir);
  project.provide("serverPid", app.pid);
  project.provide("readerFixtures", fixtures);
  project.provide("newsroom", newsroom);
  project.provide("mailDir", mailDir);

  return async () => {
    await app.stop();
    await smtp.stop();
    await rm(mailDir, { recursive: true, force: true });
    await server?.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
