import { timingSafeEqual } from "node:crypto";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

export type RouteKind = "reader" | "newsroom" | "api" | "static" | "other";

export type PoolStats = { total: number; idle: number; waiting: number };

export type Metrics = {
  registry: Registry;
  requestDuration: Histogram<"kind" | "method" | "status">;
  requestsInFlight: Gauge;
  pageCache: Counter<"state">;
  renders: Counter<"kind">;
  tagsExpired: Counter;
  /** Counted through metric-events.ts, by its CommentOutcome. */
  commentPosts: Counter<"outcome">;
  schedulerRuns: Counter<"outcome">;
  /** Where the pool gauges read from (the PostgreSQL pool; PGlite has none). */
  watchPool(stats: () => PoolStats | undefined): void;
};

export function createMetrics({ processMetrics = true }: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (processMetrics) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  let poolStats: () => PoolStats | undefined = () => undefined;
  const poolGauge = (name: string, help: string, field: keyof PoolStats) =>
    new Gauge({
      name,
      help,
      registers,
      collect() {
        const stats = poolStats();
        if (stats) this.set(stats[field]);
      },
    });
  poolGauge("vestnik_db_pool_connections", "Connections the PostgreSQL pool holds.", "total");
  poolGauge("vestnik_db_pool_idle_connections", "Idle connections in the PostgreSQL pool.", "idle");
  poolGauge("vestnik_db_pool_waiting_queries", "Queries waiting for a connection from the PostgreSQL pool.", "waiting");
  return {
    registry,
    requestDuration: new Histogram({
      name: "vestnik_http_request_duration_seconds",
      help: "Time to answer a request, by kind of route.",
      labelNames: ["kind", "method", "status"],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    requestsInFlight: new Gauge({ name: "vestnik_http_requests_in_flight", help: "Requests being answered now.", registers }),
    pageCache: new Counter({
      name: "vestnik_page_cache_requests_total",
      help: "Reader pages asked of the page cache, by how it answered.",
      labelNames: ["state"],
      registers,
    }),
    renders: new Counter({ name: "vestnik_renders_total", help: "Requests handed to Next to render, by kind of route.", labelNames: ["kind"], registers }),
    tagsExpired: new Counter({ name: "vestnik_cache_tags_expired_total", help: "Cache tags expired (invalidations).", registers }),
    commentPosts: new Counter({ name: "vestnik_comment_posts_total", help: "Reader comment posts, by outcome.", labelNames: ["outcome"], registers }),
    schedulerRuns: new Counter({
      name: "vestnik_scheduler_runs_total",
      help: "Runs of the publication scheduler, by outcome.",
      labelNames: ["outcome"],
      registers,
    }),
    watchPool(stats) {
      poolStats = stats;
    },
  };
}

const holder = globalThis as typeof globalThis & { __vestnikMetrics?: Metrics };

/** The process's metrics: one registry for the server and the app code Next loads in the same process. */
export function metrics(): Metrics {
  holder.__vestnikMetrics ??= createMetrics();
  return holder.__vestnikMetrics;
}

const STATIC_FILE = /\.(?:js|css|png|jpe?g|webp|avif|gif|svg|ico|woff2?|webmanifest|txt)$/;

export function routeKind(pathname: string): RouteKind {
  if (pathname === "/healthz" || pathname === "/readyz" || pathname === "/metrics") return "other";
  if (pathname.startsWith("/_next/") || pathname.startsWith("/media/") || STATIC_FILE.test(pathname)) return "static";
  if (pathname === "/admin" || pathname.startsWith("/admin/")) return "newsroom";
  if (pathname.startsWith("/api/")) return "api";
  return "reader";
}

function isLoopback(address: string): boolean {
  return address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Who may read /metrics: a scraper with the bearer token (when METRICS_TOKEN is set), or one on
 * this machine. `client` is the resolved client address (behind a trusted proxy, the one it
 * forwarded), so a reader coming through a local proxy is not mistaken for loopback.
 */
export function metricsAllowed(authorization: string | undefined, client: string, token: string | undefined): boolean {
  if (token && authorization?.startsWith("Bearer ") && sameSecret(authorization.slice("Bearer ".length), token)) return true;
  return isLoopback(client);
}
