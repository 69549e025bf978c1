/**
 * `npm start`: builds when there is no build, brings the database up to date (migrations, then
 * the demo content into an empty database) and serves the production build, all in one process:
 * PGlite allows one process per data directory, and this process owns it until it stops.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import next from "next";
import { env } from "@/lib/env";
import { ARTICLE_FORMS, pluralRu } from "@/lib/format/plural";
import { applyPendingMigrations } from "@/lib/db/migrate";
import { closeDb, openDb } from "@/lib/db/process-database";
import { listenForChanges } from "@/lib/cache/change-listener";
import { pageCache } from "@/lib/server/page-cache";
import { captureReaderResponse, isReaderRequest, serveFromPageCache } from "@/lib/server/reader-responses";
import { INTERNAL_SECRET_HEADER, internalSecret } from "@/lib/server/internal-secret";
import { appSecret } from "@/lib/server/app-secret";
import { CLIENT_IP_HEADER, clientAddress } from "@/lib/server/client-address";
import { rewriteForCommenter } from "@/lib/server/commenter-rewrite";
import { trackViews } from "@/lib/views/view-tracking";
import { watchBreakingExpiry } from "@/lib/breaking/expiry-watcher";
import { TAGS } from "@/lib/cache/tags";
import { seedDatabase } from "@/prisma/seed";
import { progressReporter } from "./seed/progress";

function buildApp(): Promise<number> {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, "build"], { stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function prepareDatabase(): Promise<void> {
  const database = await openDb({ create: true });
  console.log(`База данных: ${database.label}`);
  const applied = await applyPendingMigrations({ connection: database });
  if (applied.length > 0) console.log(`Применены миграции: ${applied.join(", ")}`);
  const progress = progressReporter("Демо-материалы");
  const result = await seedDatabase(database.prisma, { dataDir: env().dataDir, onProgress: progress.update });
  progress.stop();
  if (result.seeded) console.log(`Загружены демонстрационные материалы: ${result.articles} ${pluralRu(result.articles, ARTICLE_FORMS)}`);
}

async function main(): Promise<void> {
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.log("Сборки нет — собираю приложение (next build)…");
    const code = await buildApp();
    if (code !== 0) process.exit(code);
  }
  await prepareDatabase();

  const { PORT, TRUST_PROXY } = env();
  const secret = appSecret();
  const app = next({ dev: false, dir: process.cwd(), port: PORT });
  const handle = app.getRequestHandler();
  await app.prepare();
  const prerendered = (name: string) => readFileSync(path.join(process.cwd(), ".next", "server", "app", name), "utf8");
  const errorPages = { notFound: prerendered("_not-found.html"), serverError: prerendered("_global-error.html") };
  const pages = pageCache();
  const views = trackViews((await openDb()).prisma, { flushMs: env().VIEWS_FLUSH_SECONDS * 1000 });
  const server = createServer((req, res) => {
    views.observe(req, res);
    req.headers[CLIENT_IP_HEADER] = clientAddress(req, TRUST_PROXY);
    rewriteForCommenter(req, secret);
    if (isReaderRequest(req)) {
      if (serveFromPageCache(req, res, pages)) return;
      captureReaderResponse(req, res, pages, errorPages);
    }
    void handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(PORT, resolve));
  const invalidate = async (tags: string[]) => {
    const res = await fetch(`http://127.0.0.1:${PORT}/api/internal/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", [INTERNAL_SECRET_HEADER]: internalSecret() },
      body: JSON.stringify({ tags }),
    });
    if (!res.ok) throw new Error(`revalidate answered ${res.status}`);
    // After Next's own cache: a page rendered between the two would be Next's stale copy.
    pages.clear();
  };
  const breaking = watchBreakingExpiry((await openDb()).prisma, () => invalidate([TAGS.breaking]));
  breaking.reschedule();
  const stopListening = await listenForChanges(await openDb(), async (tags) => {
    await invalidate(tags);
    breaking.reschedule();
  });
  console.log(`Вестник работает: http://localhost:${PORT}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeAllConnections();
    await stopListening().catch(() => undefined);
    await views.stop().catch(() => undefined);
    breaking.stop();
    await closeDb();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDb().catch(() => undefined);
  process.exit(1);
});
