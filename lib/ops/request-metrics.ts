import type { IncomingMessage, ServerResponse } from "node:http";
import { metricsAllowed, routeKind, type Metrics } from "./metrics";

/** Records the request's duration by kind of route, counts it while in flight, and how the page cache answered it. */
export function observeRequest(metrics: Metrics, req: IncomingMessage, res: ServerResponse): void {
  const kind = routeKind((req.url ?? "/").split("?")[0] ?? "/");
  const method = req.method ?? "GET";
  const end = metrics.requestDuration.startTimer({ kind, method });
  metrics.requestsInFlight.inc();
  res.once("close", () => {
    metrics.requestsInFlight.dec();
    end({ status: String(res.statusCode) });
    const cache = res.getHeader("x-vestnik-cache");
    if (cache !== undefined) metrics.pageCache.inc({ state: String(cache).toLowerCase() });
  });
}

/**
 * /metrics in Prometheus's text format, for those metricsAllowed lets in; anyone else gets the
 * same 404 as for any unknown address. Resolves true when it answered.
 */
export async function answerMetrics(req: IncomingMessage, res: ServerResponse, metrics: Metrics, client: string, token: string | undefined): Promise<boolean> {
  if ((req.url ?? "/").split("?")[0] !== "/metrics") return false;
  if (!metricsAllowed(req.headers.authorization, client, token)) return false;
  const body = await metrics.registry.metrics();
  res.writeHead(200, { "content-type": metrics.registry.contentType, "cache-control": "no-store" });
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
