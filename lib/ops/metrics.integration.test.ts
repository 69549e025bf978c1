import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startScheduler, SCHEDULER_INTERVAL_MS } from "@/lib/articles/scheduler";
import { openDatabase, type Database } from "@/lib/db/open";
import { expireTags } from "@/lib/edge/expire-tags";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "@/tests/support/postgres";
import { countCommentPost } from "./metric-events";
import { metrics } from "./metrics";
import { answerMetrics, observeRequest } from "./request-metrics";

/** The value of one sample in Prometheus's text format, 0 when absent. */
function sample(text: string, series: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe.skipIf(!(await postgresAvailable()))("/metrics", () => {
  let target: TestDatabase;
  let database: Database;
  let server: Server;
  let base: string;
  const stats = metrics();

  beforeAll(async () => {
    target = await createTestDatabase();
    database = await openDatabase({ databaseUrl: target.url });
    stats.watchPool(() => database.poolStats?.());
    server = createServer((req, res) => {
      observeRequest(stats, req, res);
      void answerMetrics(req, res, stats, "127.0.0.1", undefined).then((answered) => {
        if (answered) return;
        if (req.url === "/novosti-dnya") res.setHeader("x-vestnik-cache", "HIT");
        res.writeHead(200).end("ok");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server?.close();
    await database?.close();
    await target?.drop();
  });

  const scrape = async () => {
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    return res.text();
  };

  it("moves its counters with requests, the page cache, invalidations, comment posts, the scheduler and the pool", async () => {
    const before = await scrape();
    await (await fetch(`${base}/novosti-dnya`)).text();
    await (await fetch(`${base}/admin/articles`)).text();
    await expireTags(["article:1", "site"]);
    countCommentPost("published");
    countCommentPost("unavailable");
    const runs: number[][] = [];
    const stop = startScheduler(
      database.prisma,
      () => stats.schedulerRuns.inc({ outcome: "error" }),
      (published) => {
        runs.push(published);
        stats.schedulerRuns.inc({ outcome: "ok" });
      },
    );
    await new Promise((r) => setTimeout(r, SCHEDULER_INTERVAL_MS + 500));
    await stop();
    expect(runs).toEqual([[]]);

    const after = await scrape();
    const moved = (series: string) => sample(after, series) - sample(before, series);
    expect(moved('vestnik_http_request_duration_seconds_count{kind="reader",method="GET",status="200"}')).toBe(1);
    expect(moved('vestnik_http_request_duration_seconds_count{kind="newsroom",method="GET",status="200"}')).toBe(1);
    expect(moved('vestnik_page_cache_requests_total{state="hit"}')).toBe(1);
    expect(moved("vestnik_cache_tags_expired_total")).toBe(2);
    expect(moved('vestnik_comment_posts_total{outcome="published"}')).toBe(1);
    expect(moved('vestnik_comment_posts_total{outcome="unavailable"}')).toBe(1);
    expect(moved('vestnik_scheduler_runs_total{outcome="ok"}')).toBe(1);
    expect(sample(after, "vestnik_http_requests_in_flight")).toBe(1); // the scrape itself
    expect(sample(after, "vestnik_db_pool_connections")).toBeGreaterThanOrEqual(1);
    expect(after).toContain("process_cpu_user_seconds_total");
    expect(after).toContain("nodejs_eventloop_lag_seconds");
  });
});
