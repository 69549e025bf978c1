/**
 * `npm start`: builds when there is no build, brings the database up to date (migrations, then
 * the demo content into an empty database) and serves the production build, all in one process:
 * PGlite allows one process per data directory, and this process owns it until it stops.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import next from "next";
import { env } from "@/lib/env";
import { ARTICLE_FORMS, pluralRu } from "@/lib/format/plural";
import { applyPendingMigrations } from "@/lib/db/migrate";
import { closeDb, openDb } from "@/lib/db/process-database";
import { listenForChanges } from "@/lib/cache/change-listener";
import { pageCache } from "@/lib/server/page-cache";
import { isReaderRequest } from "@/lib/server/reader-responses";
import { hstsHeader } from "@/lib/server/hsts";
import { serveReaderPage } from "@/lib/server/reader-pages";
import { isPageRefresh, pageRefresher } from "@/lib/server/page-refresher";
import { withRenderReport, type RenderReport } from "@/lib/server/render-context";
import { expireTags } from "@/lib/cache/expire-tags";
import { appSecret } from "@/lib/server/app-secret";
import { CLIENT_IP_HEADER, clientAddress } from "@/lib/server/client-address";
import { rewriteForCommenter } from "@/lib/server/commenter-rewrite";
import { trackViews } from "@/lib/views/view-tracking";
import { watchBreakingExpiry } from "@/lib/breaking/expiry-watcher";
import { TAGS } from "@/lib/cache/tags";
import { seedDatabase } from "@/prisma/seed";
import { bootstrapAdministrator } from "@/lib/auth/staff-accounts";
import { startScheduler } from "@/lib/articles/scheduler";
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
  const admin = await bootstrapAdministrator(database.prisma, { email: env().ADMIN_EMAIL, password: env().ADMIN_PASSWORD });
  if (admin) {
    console.log(`Создан администратор ${admin.email}` + (admin.generatedPassword ? ` с паролем ${admin.generatedPassword} (показан один раз)` : ""));
  }
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
  const pages = pageCache({ maxBytes: env().PAGE_CACHE_MB * 1024 * 1024, softLagMs: env().SIDEBAR_LAG_SECONDS * 1000 });
  const refresh = pageRefresher(pages, PORT);
  const views = trackViews((await openDb()).prisma, { flushMs: env().VIEWS_FLUSH_SECONDS * 1000 });
  const prisma = (await openDb()).prisma;
  const readerPages = { cache: pages, refresh, errorPages, prisma };
  // SITE_URL at run time decides, not the environment of the build.
  const hsts = hstsHeader(env().SITE_URL);
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    if (hsts) res.setHeader("strict-transport-security", hsts);
    const refreshing = isPageRefresh(req);
    if (!refreshing) views.observe(req, res);
    req.headers[CLIENT_IP_HEADER] = clientAddress(req, TRUST_PROXY);
    rewriteForCommenter(req, secret);
    const report: RenderReport = {};
    if (isReaderRequest(req) && (await serveReaderPage(req, res, report, readerPages, refreshing))) return;
    await withRenderReport(report, () => handle(req, res));
  };
  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(PORT, resolve));
  const breaking = watchBreakingExpiry((await openDb()).prisma, () => expireTags([TAGS.breaking]));
  breaking.reschedule();
  const stopListening = await listenForChanges(
    await openDb(),
    async (tags) => {
      await expireTags(tags);
      breaking.reschedule();
    },
    {
      onStatus: (status, detail) => {
        if (status === "lost") console.error("Уведомления об изменениях прерваны, переподключаюсь:", detail instanceof Error ? detail.message : detail);
        else console.log("Уведомления об изменениях: слушаю");
      },
    },
  );
  const stopScheduler = startScheduler((await openDb()).prisma, (error) => console.error("Планировщик публикаций:", error));
  console.log(`Вестник работает: http://localhost:${PORT}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    stopScheduler();
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
