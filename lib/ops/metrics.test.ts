import { describe, expect, it } from "vitest";
import { createMetrics, metricsAllowed, routeKind } from "./metrics";

describe("metricsAllowed", () => {
  const token = "a-long-enough-metrics-token";

  it("lets in loopback clients without a token", () => {
    expect(metricsAllowed(undefined, "127.0.0.1", undefined)).toBe(true);
    expect(metricsAllowed(undefined, "::1", undefined)).toBe(true);
    expect(metricsAllowed(undefined, "::ffff:127.0.0.1", token)).toBe(true);
  });

  it("lets in anyone else only with the bearer token, and only when one is set", () => {
    expect(metricsAllowed(undefined, "203.0.113.7", token)).toBe(false);
    expect(metricsAllowed(`Bearer ${token}`, "203.0.113.7", token)).toBe(true);
    expect(metricsAllowed(`Bearer ${token}x`, "203.0.113.7", token)).toBe(false);
    expect(metricsAllowed(`Basic ${token}`, "203.0.113.7", token)).toBe(false);
    expect(metricsAllowed("Bearer ", "203.0.113.7", undefined)).toBe(false);
    expect(metricsAllowed("Bearer undefined", "203.0.113.7", undefined)).toBe(false);
  });

  it("does not take a private or look-alike address for loopback", () => {
    expect(metricsAllowed(undefined, "10.0.0.1", undefined)).toBe(false);
    expect(metricsAllowed(undefined, "1127.0.0.1", undefined)).toBe(false);
    expect(metricsAllowed(undefined, "unknown", undefined)).toBe(false);
  });
});

describe("routeKind", () => {
  it("sorts addresses into reader pages, the newsroom, the API, static files and the rest", () => {
    expect(routeKind("/")).toBe("reader");
    expect(routeKind("/novosti-dnya")).toBe("reader");
    expect(routeKind("/category/politika/page/2")).toBe("reader");
    expect(routeKind("/admin")).toBe("newsroom");
    expect(routeKind("/admin/articles/4")).toBe("newsroom");
    expect(routeKind("/administrator-o-nas")).toBe("reader");
    expect(routeKind("/api/comments/token")).toBe("api");
    expect(routeKind("/_next/static/chunks/a.js")).toBe("static");
    expect(routeKind("/media/abc/640.webp")).toBe("static");
    expect(routeKind("/comments.js")).toBe("static");
    expect(routeKind("/readyz")).toBe("other");
    expect(routeKind("/metrics")).toBe("other");
  });
});

describe("createMetrics", () => {
  it("reads the pool's gauges from the watched pool when scraped", async () => {
    const metrics = createMetrics({ processMetrics: false });
    metrics.watchPool(() => ({ total: 4, idle: 1, waiting: 2 }));
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/^vestnik_db_pool_connections 4$/m);
    expect(text).toMatch(/^vestnik_db_pool_idle_connections 1$/m);
    expect(text).toMatch(/^vestnik_db_pool_waiting_queries 2$/m);
  });
});
