import type { IncomingMessage } from "node:http";
import { INTERNAL_SECRET_HEADER, internalSecret, isInternalCaller } from "@/lib/security/internal-secret";
import type { PageCache } from "./page-cache";

/** Marks the server's own request that re-renders a stale page. */
const REFRESH_HEADER = INTERNAL_SECRET_HEADER;

export function isPageRefresh(req: IncomingMessage): boolean {
  const value = req.headers[REFRESH_HEADER];
  return typeof value === "string" && isInternalCaller(value);
}

export type PageRefresher = (key: string) => void;

/**
 * Re-renders pages whose sidebars lag, in the background: one render per URL however many
 * readers ask meanwhile, and at most `concurrency` at a time, so that a publish, which touches
 * the sidebars of every article, cannot take the CPU from readers (a page not refreshed now is
 * refreshed on a later reader's request). A failed render holds its URL back for `retryMs` (the
 * database may be down).
 */
export function pageRefresher(cache: PageCache, port: number, { concurrency = 1, retryMs = 1_000 } = {}): PageRefresher {
  let running = 0;
  return (key) => {
    if (running >= concurrency || !cache.claimRefresh(key)) return;
    running++;
    let ok = false;
    fetch(`http://127.0.0.1:${port}${key}`, { headers: { [REFRESH_HEADER]: internalSecret(), "accept-encoding": "identity" } })
      .then(async (res) => {
        await res.arrayBuffer();
        ok = res.status < 500;
      })
      .catch(() => undefined)
      .finally(() => {
        running--;
        if (ok) cache.releaseRefresh(key);
        else setTimeout(() => cache.releaseRefresh(key), retryMs).unref();
      });
  };
}
