import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db/open";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "@/tests/support/postgres";
import { watchDatabase } from "./database-watch";
import { answerHealth, appliedMigrations, readinessProbe, shippedMigrations } from "./health";

describe.skipIf(!(await postgresAvailable()))("/healthz and /readyz", () => {
  let target: TestDatabase;
  let database: Database;
  let server: Server;
  let base: string;
  const state = { listening: true, stopping: false, expected: shippedMigrations() };

  beforeAll(async () => {
    target = await createTestDatabase();
    database = await openDatabase({ databaseUrl: target.url });
    const watch = watchDatabase(() => database.prisma.$queryRaw`SELECT 1`, { ttlMs: 0 });
    // A new probe per request, so that the migration comparison's cache does not hide the changes below.
    const probe = () =>
      readinessProbe({
        database: watch,
        appliedMigrations: () => appliedMigrations(database.prisma),
        expectedMigrations: state.expected,
        listening: () => state.listening,
        stopping: () => state.stopping,
      })();
    server = createServer((req, res) => {
      void answerHealth(req, res, probe).then((answered) => answered || res.writeHead(418).end());
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server?.close();
    await database?.close().catch(() => undefined);
    await target?.drop();
  });

  const ask = async (path: string) => {
    const res = await fetch(`${base}${path}`);
    return { status: res.status, cacheControl: res.headers.get("cache-control"), body: (await res.json()) as unknown };
  };

  it("is ready on a migrated database with the listener connected", async () => {
    expect(state.expected.length).toBeGreaterThan(5);
    expect(await ask("/readyz")).toEqual({ status: 200, cacheControl: "no-store", body: { ready: true } });
    expect(await ask("/healthz")).toEqual({ status: 200, cacheControl: "no-store", body: { ok: true } });
    expect((await fetch(`${base}/readyz-not`)).status).toBe(418);
  });

  it("says which migrations are pending", async () => {
    state.expected = [...shippedMigrations(), "20991231000000_from_the_future"];
    expect(await ask("/readyz")).toEqual({
      status: 503,
      cacheControl: "no-store",
      body: { ready: false, reason: "pending migrations: 20991231000000_from_the_future" },
    });
    state.expected = shippedMigrations();
  });

  it("is not ready while the change listener is disconnected or the server is stopping", async () => {
    state.listening = false;
    expect(await ask("/readyz")).toMatchObject({ status: 503, body: { ready: false, reason: "change listener disconnected" } });
    state.listening = true;
    state.stopping = true;
    expect(await ask("/readyz")).toMatchObject({ status: 503, body: { ready: false, reason: "shutting down" } });
    expect((await ask("/healthz")).status).toBe(200);
    state.stopping = false;
  });

  it("is not ready when the database is gone, and still healthy", async () => {
    await target.drop();
    const answer = await ask("/readyz");
    expect(answer).toMatchObject({ status: 503, body: { ready: false } });
    expect((answer.body as { reason: string }).reason).toMatch(/^database unavailable: /);
    expect(await ask("/healthz")).toEqual({ status: 200, cacheControl: "no-store", body: { ok: true } });
  });
});
