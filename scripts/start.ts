/**
 * The server: brings the database up to date (migrations, then the demo content into an empty
 * database, in a short-lived process) and serves the production build. `npm start` runs it
 * bundled (scripts/start.mjs, scripts/build-server.ts). PGlite allows one process per data directory, and the server owns it until it stops.
 *
 * `npm run dev` (--dev): the same pipeline around Next's development server, with hot reload.
 * Reader pages are rendered on every request (no page cache) and stripped of Next's client
 * runtime as in production, unless DEV_CLIENT_RUNTIME=1 keeps it for hot reload there too.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { env } from "@/lib/env";
import { closeDb, openDb } from "@/lib/db/process-database";
import { listenForChanges } from "@/lib/cache/change-listener";
import { pageCache } from "@/lib/edge/page-cache";
import { isReaderRequest, pathnameOf } from "@/lib/edge/reader-responses";
import { needsClientRuntime } from "@/lib/edge/strip-framework-js";
import { assignScriptNonce } from "@/lib/security/script-nonce";
import { newsroomPolicy, RESOURCE_POLICY } from "@/lib/security/content-security-policy";
import { hstsHeader } from "@/lib/security/hsts";
import { serveReaderPage } from "@/lib/edge/reader-pages";
import { captureReaderResponse } from "@/lib/edge/reader-responses";
import { checkAfterPrepare, checkBeforeStart, failOnProblems } from "@/lib/edge/next-internals";
import { DEV_ERROR_PAGES } from "@/lib/edge/error-shell";
import { isPageRefresh, pageRefresher } from "@/lib/edge/page-refresher";
import { withRenderReport, type RenderReport } from "@/lib/edge/render-context";
import { expireTags } from "@/lib/edge/expire-tags";
import { appSecret } from "@/lib/security/app-secret";
import { CLIENT_IP_HEADER, clientAddress, sealClientAddress } from "@/lib/security/client-address";
import { rewriteForCommenter } from "@/lib/edge/commenter-rewrite";
import { trackViews } from "@/lib/views/view-tracking";
import { watchBreakingExpiry } from "@/lib/breaking/expiry-watcher";
import { watchAdSchedule } from "@/lib/ads/schedule-watcher";
import { TAGS } from "@/lib/cache/tags";
import { startScheduler } from "@/lib/articles/scheduler";
import { CAPABILITIES } from "@/lib/auth/roles";
import { mailSender, smtpTransport, startMailer } from "@/lib/mail/mailer";
import { startTrashPurge } from "@/lib/articles/trash-purge";
import { redirectTable } from "@/lib/redirects/redirect-table";
import { startSharedCachePurging } from "@/lib/edge/shared-cache";
import { answerOldAddress } from "@/lib/edge/old-addresses";
import { rewriteToEdition } from "@/lib/edge/edition-routing";
import { readEditions } from "@/lib/editions/read-editions";
import { logger, logRequest } from "@/lib/ops/logger";
import { metrics, routeKind } from "@/lib/ops/metrics";
import { answerMetrics, observeRequest } from "@/lib/ops/request-metrics";
import { watchDatabase } from "@/lib/ops/database-watch";
import { answerHealth, appliedMigrations, readinessProbe, shippedMigrations } from "@/lib/ops/health";
import { answerUnavailable, needsDatabase } from "@/lib/ops/unavailable";
import { countCommentPost } from "@/lib/ops/metric-events";
import { drainable, onStopSignals, runShutdownSteps } from "@/lib/ops/shutdown";

/** Runs a Node script in a process of its own and resolves to its exit code. */
function runNode(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

/**
 * Migrations, the demo content and the first administrator, in a process of their own: the
 * schema engine and the image tools would otherwise stay in the server's memory for good.
 * It opens the database (PGlite: takes its lock) and closes it before the server opens it.
 */
const prepareDatabase = () => runNode(["--import", "tsx", path.join("scripts", "prepare-database.ts")]);

const dev = process.argv.includes("--dev");
const log = logger();

async function main(): Promise<void> {
  // The database files hold password hashes and the app secret: for the owner's eyes only.
  process.umask(0o077);
  if (!dev) failOnProblems(checkBeforeStart(process.cwd()));
  const prepared = await prepareDatabase();
  if (prepared !== 0) process.exit(prepared);

  const { PORT, TRUST_PROXY, TRUSTED_PROXIES, METRICS_TOKEN } = env();
  const stats = metrics();
  // Behind a proxy, only the proxy should reach the app.
  const host = env().HOST ?? (TRUST_PROXY ? "127.0.0.1" : undefined);
  const secret = appSecret();
  const app = next({ dev, dir: process.cwd(), port: PORT });
  const handle = app.getRequestHandler();
  await app.prepare();
  if (!dev) failOnProblems(checkAfterPrepare());
  const prerendered = (name: string) => readFileSync(path.join(process.cwd(), ".next", "server", "app", name), "utf8");
  const errorPages = dev ? DEV_ERROR_PAGES : { notFound: prerendered("_not-found.html"), serverError: prerendered("_global-error.html") };
  const keepClientRuntime = dev && process.env.DEV_CLIENT_RUNTIME === "1";
  // With a shared cache in front, its paced sidebar purges are the lag (lib/edge/shared-cache/purger.ts).
  const sharedCacheInFront = env().PURGE_URLS.length > 0;
  const pages = pageCache({ maxBytes: env().PAGE_CACHE_MB * 1024 * 1024, softLagMs: sharedCacheInFront ? 0 : env().SIDEBAR_LAG_SECONDS * 1000 });
  const refresh = pageRefresher(pages, PORT);
  const database = await openDb();
  const { prisma } = database;
  stats.watchPool(() => database.poolStats?.());
  const databaseWatch = watchDatabase(() => prisma.$queryRaw`SELECT 1`);
  let listening = false;
  let stopping = false;
  const ready = readinessProbe({
    database: databaseWatch,
    appliedMigrations: () => appliedMigrations(prisma),
    expectedMigrations: shippedMigrations(),
    listening: () => listening,
    stopping: () => stopping,
  });
  // `action`: where a comment form posted to, before any rewrite, so that it posts there again.
  const unavailable = async (req: IncomingMessage, res: ServerResponse, action = pathnameOf(req)) => {
    if ((await answerUnavailable(req, res, action)) === "comment") countCommentPost("unavailable");
  };
  const views = trackViews(prisma, { flushMs: env().VIEWS_FLUSH_SECONDS * 1000 });
  const redirects = redirectTable(prisma);
  await redirects.reload();
  // Which editions exist decides every reader URL; re-read when `site` expires, like the redirects.
  let editions = await readEditions(prisma);
  const reloadEditions = async () => {
    editions = await readEditions(prisma);
  };
  const readerPages = { cache: pages, refresh, errorPages, prisma, databaseUp: () => databaseWatch.isUp(), unavailable, renderLagging: sharedCacheInFront };
  // SITE_URL at run time decides, not the environment of the build.
  const hsts = hstsHeader(env().SITE_URL);
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const client = clientAddress(req, TRUST_PROXY, TRUSTED_PROXIES);
    logRequest(log, req, res, client);
    observeRequest(stats, req, res);
    // A failed render may be the database going away: look again rather than wait for the next ping.
    res.once("close", () => {
      if (res.statusCode >= 500) databaseWatch.suspect();
    });
    if ((await answerHealth(req, res, ready)) || (await answerMetrics(req, res, stats, client, METRICS_TOKEN))) return;
    if (hsts) res.setHeader("strict-transport-security", hsts);
    if (answerOldAddress(req, res, redirects)) return;
    if (needsDatabase(req) && !(await databaseWatch.isUp())) return unavailable(req, res);
    const refreshing = isPageRefresh(req);
    if (!refreshing) views.observe(req, res);
    req.headers[CLIENT_IP_HEADER] = sealClientAddress(client);
    const nonce = assignScriptNonce(req);
    // Reader pages get theirs when they are sent (reader-responses.ts); anything else not HTML keeps this one.
    res.setHeader("content-security-policy", needsClientRuntime(pathnameOf(req)) || keepClientRuntime ? newsroomPolicy(nonce, { dev }) : RESOURCE_POLICY);
    const moved = isReaderRequest(req) ? rewriteToEdition(req, editions) : null;
    if (moved) {
      res.writeHead(301, { location: moved.redirect, "cache-control": "public, max-age=3600" }).end();
      return;
    }
    rewriteForCommenter(req, secret);
    const report: RenderReport = {};
    if (dev && isReaderRequest(req)) captureReaderResponse(req, res, { cache: pages, errorPages, key: null, report, head: false, keepClientRuntime });
    else if (isReaderRequest(req) && (await serveReaderPage(req, res, report, readerPages, refreshing))) return;
    stats.renders.inc({ kind: routeKind(pathnameOf(req)) });
    await withRenderReport(report, () => handle(req, res));
  };
  const server = createServer();
  const drain = drainable(server);
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    serve(req, res).catch((error: unknown) => {
      log.error({ err: error, path: pathnameOf(req) }, "Ошибка при ответе на запрос");
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  // Hot reload talks over a WebSocket.
  if (dev) server.on("upgrade", app.getUpgradeHandler());
  await new Promise<void>((resolve) => server.listen(PORT, host, resolve));
  const sharedCache = await startSharedCachePurging(database, env().PURGE_URLS, env().SIDEBAR_LAG_SECONDS * 1000, log);
  const expire = async (tags: string[]) => {
    await expireTags(tags);
    sharedCache.purge(tags);
  };
  const breaking = watchBreakingExpiry(prisma, () => expire([TAGS.breaking]));
  breaking.reschedule();
  const adSchedule = watchAdSchedule(prisma, () => expire([TAGS.ads]));
  const stopListening = await listenForChanges(
    database,
    async (tags) => {
      if (tags.includes(TAGS.redirects) || tags.includes(TAGS.site))
        await redirects.reload().catch((error: unknown) => log.error({ err: error }, "Перенаправления не перечитаны"));
      if (tags.includes(TAGS.site)) await reloadEditions().catch((error: unknown) => log.error({ err: error }, "Языки сайта не перечитаны"));
      await expire(tags);
      breaking.reschedule();
      if (tags.includes(TAGS.ads) || tags.includes(TAGS.site)) adSchedule.reschedule();
    },
    {
      onStatus: (status, detail) => {
        listening = status === "listening";
        if (status === "lost") log.warn({ err: detail }, "Уведомления об изменениях прерваны, переподключаюсь");
        else log.info("Уведомления об изменениях: слушаю");
      },
    },
  );
  const stopScheduler = startScheduler(
    prisma,
    (error) => {
      stats.schedulerRuns.inc({ outcome: "error" });
      log.error({ err: error }, "Планировщик публикаций: ошибка");
    },
    (published) => {
      stats.schedulerRuns.inc({ outcome: "ok" });
      if (published.length > 0) log.info({ articles: published }, "Опубликовано по расписанию");
    },
  );
  const stopTrashPurge = startTrashPurge(prisma, (error) => log.error({ err: error }, "Очистка корзины: ошибка"));
  const smtpUrl = env().SMTP_URL;
  if (!smtpUrl) log.warn("Почта не настроена (SMTP_URL): уведомления копятся в очереди и не отправляются");
  const stopMailer = startMailer(prisma, {
    transport: smtpUrl ? smtpTransport(smtpUrl) : null,
    from: mailSender(),
    moderatorRoles: CAPABILITIES["comments.moderate"],
    onError: (error) => log.error({ err: error }, "Отправка почты: ошибка"),
    onRun: ({ failed }) => {
      if (failed > 0) log.warn({ failed }, "Отправка почты: письма не ушли, повторю позже");
    },
  });
  log.info(`Вестник работает${dev ? " (разработка)" : ""}: http://localhost:${PORT}`);
  if (!dev && env().siteUrlDefaulted) {
    log.warn(`SITE_URL не задан: ссылки в лентах, карте сайта и письмах ведут на ${env().SITE_URL}. Укажите публичный адрес сайта в SITE_URL.`);
  }

  onStopSignals(async (signal) => {
    // Not ready from this moment, for a balancer that still asks over a kept-alive connection.
    stopping = true;
    const timeoutSeconds = env().SHUTDOWN_TIMEOUT_SECONDS;
    log.info({ signal, inFlight: drain.inFlight }, `Останавливаюсь: новых соединений не принимаю, жду начатые запросы (до ${timeoutSeconds} с)`);
    const drained = drain.close(timeoutSeconds * 1000);
    await runShutdownSteps(log, [
      ["scheduler", stopScheduler],
      ["mail", stopMailer],
      ["trash purge", stopTrashPurge],
      [
        "http",
        async () => {
          const cut = await drained;
          if (cut > 0) log.warn({ cut }, "Запросы, не законченные за отведённое время, прерваны");
        },
      ],
      ["views", () => views.stop()],
      ["listener", () => stopListening()],
      ["shared cache", () => sharedCache.stop()],
      ["breaking", () => breaking.stop()],
      ["ad schedule", () => adSchedule.stop()],
      ["database", () => closeDb()],
    ]);
    log.info("Вестник остановлен");
    process.exit(0);
  });
}

main().catch(async (error: unknown) => {
  log.fatal({ err: error }, error instanceof Error ? error.message : String(error));
  await closeDb().catch(() => undefined);
  process.exit(1);
});
