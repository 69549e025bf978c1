import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db/open";
import { watchDatabase } from "@/lib/ops/database-watch";
import { answerUnavailable } from "@/lib/ops/unavailable";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "@/tests/support/postgres";
import { DEV_ERROR_PAGES } from "./error-shell";
import { PageCache } from "./page-cache";
import { pageCacheKey } from "./page-cache-key";
import { serveReaderPage } from "./reader-pages";
import { pathnameOf } from "./reader-responses";

/** What the server would hand to Next: here, a marker status. */
const WOULD_RENDER = 299;

describe.skipIf(!(await postgresAvailable()))("reader pages while the database is down", () => {
  let target: TestDatabase;
  let database: Database;
  let server: Server;
  let base: string;
  const cache = new PageCache();

  beforeAll(async () => {
    target = await createTestDatabase({ migrate: false });
    database = await openDatabase({ databaseUrl: target.url });
    const watch = watchDatabase(() => database.prisma.$queryRaw`SELECT 1`, { ttlMs: 0, timeoutMs: 2_000 });
    const pages = {
      cache,
      refresh: () => undefined,
      errorPages: DEV_ERROR_PAGES,
      prisma: database.prisma,
      databaseUp: () => watch.isUp(),
      unavailable: (req: Parameters<typeof answerUnavailable>[0], res: Parameters<typeof answerUnavailable>[1]) => answerUnavailable(req, res, pathnameOf(req)),
    };
    server = createServer((req, res) => {
      void serveReaderPage(req, res, {}, pages, false).then((answered) => {
        if (!answered) res.writeHead(WOULD_RENDER).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const stored = (body: string, tags: string[]) => ({
      status: 200,
      headers: [["content-type", "text/html; charset=utf-8"]] as [string, string][],
      body: Buffer.from(body),
      etag: null,
      tags,
    });
    cache.store(pageCacheKey("/svezhaya"), stored("<html>свежая</html>", ["fresh"]), cache.version);
    cache.store(pageCacheKey("/ustarevshaya"), stored("<html>устаревшая</html>", ["changed"]), cache.version);
    cache.invalidate(["changed"]);
  });

  afterAll(async () => {
    server?.close();
    await database?.close().catch(() => undefined);
    await target?.drop();
  });

  it("renders a stale page again while the database answers", async () => {
    expect((await fetch(`${base}/ustarevshaya`)).status).toBe(WOULD_RENDER);
    expect((await fetch(`${base}/nikogda-ne-bylo`)).status).toBe(WOULD_RENDER);
  });

  it("then serves stored pages, however stale, and a Russian 503 for pages never stored", async () => {
    await target.drop();

    const fresh = await fetch(`${base}/svezhaya`);
    expect([fresh.status, fresh.headers.get("x-vestnik-cache"), await fresh.text()]).toEqual([200, "HIT", "<html>свежая</html>"]);

    const stale = await fetch(`${base}/ustarevshaya`);
    expect([stale.status, stale.headers.get("x-vestnik-cache"), await stale.text()]).toEqual([200, "STALE", "<html>устаревшая</html>"]);
    // Nobody is left holding the refresh: once the database is back the page is rendered again.
    expect(cache.claimRefresh(pageCacheKey("/ustarevshaya"))).toBe(true);
    cache.releaseRefresh(pageCacheKey("/ustarevshaya"));

    const missing = await fetch(`${base}/nikogda-ne-bylo`);
    expect(missing.status).toBe(503);
    expect(missing.headers.get("retry-after")).toBe("30");
    expect(await missing.text()).toContain("Сайт временно недоступен");
  });
});

describe.skipIf(!(await postgresAvailable()))("a page whose sidebars changed", () => {
  let target: TestDatabase;
  let database: Database;
  const servers: Server[] = [];

  beforeAll(async () => {
    target = await createTestDatabase({ migrate: false });
    database = await openDatabase({ databaseUrl: target.url });
  });

  afterAll(async () => {
    for (const server of servers) server.close();
    await database?.close().catch(() => undefined);
    await target?.drop();
  });

  /** A server whose one stored page shows the `lists` tag in a sidebar, which has just changed. */
  async function serverWithLaggingPage(renderLagging: boolean) {
    const cache = new PageCache({ softLagMs: 0 });
    const refreshed: string[] = [];
    const pages = {
      cache,
      refresh: (key: string) => void refreshed.push(key),
      errorPages: DEV_ERROR_PAGES,
      prisma: database.prisma,
      databaseUp: async () => true,
      unavailable: async () => undefined,
      renderLagging,
    };
    const server = createServer((req, res) => {
      void serveReaderPage(req, res, {}, pages, false).then((answered) => {
        if (!answered) res.writeHead(WOULD_RENDER).end();
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const page = { status: 200, headers: [["content-type", "text/html"]] as [string, string][], body: Buffer.from("<html>старые списки</html>"), etag: null };
    cache.store(pageCacheKey("/s-bokovymi-spiskami"), { ...page, tags: ["article:1"], softTags: ["lists"] }, cache.version);
    cache.invalidate(["lists"]);
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/s-bokovymi-spiskami`, refreshed };
  }

  it("is answered as stored while it is rendered again in the background, for readers asking the server itself", async () => {
    const { url, refreshed } = await serverWithLaggingPage(false);
    const res = await fetch(url);
    expect([res.status, res.headers.get("x-vestnik-cache"), await res.text()]).toEqual([200, "STALE", "<html>старые списки</html>"]);
    expect(refreshed).toEqual([pageCacheKey("/s-bokovymi-spiskami")]);
  });

  it("is rendered for the asker behind a shared cache, which would otherwise keep the old sidebars", async () => {
    const { url, refreshed } = await serverWithLaggingPage(true);
    expect((await fetch(url)).status).toBe(WOULD_RENDER);
    expect(refreshed).toEqual([]);
  });
});
