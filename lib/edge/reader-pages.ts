import type { IncomingMessage, ServerResponse } from "node:http";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isMissingReaderPage } from "@/lib/articles/missing-pages";
import type { ErrorPages } from "./error-shell";
import type { PageCache } from "./page-cache";
import type { PageRefresher } from "./page-refresher";
import { captureReaderResponse, pathnameOf, readerCacheKey, sendCachedPage } from "./reader-responses";
import type { RenderReport } from "./render-context";
import { languageOfInternalPath } from "./edition-routing";

/** Where the page cache keeps the one 404 page every made-up article URL of an edition gets. */
const sharedNotFoundKey = (pathname: string) => `404:article:${languageOfInternalPath(pathname) ?? ""}`;

export type ReaderPages = {
  cache: PageCache;
  refresh: PageRefresher;
  errorPages: ErrorPages;
  prisma: PrismaClient;
  /** Whether the database answers (lib/ops/database-watch.ts); cheap, asked before every render. */
  databaseUp: () => Promise<boolean>;
  /** Answers a page that cannot be rendered while the database is down. */
  unavailable: (req: IncomingMessage, res: ServerResponse) => Promise<unknown>;
  /**
   * Render a page whose sidebars changed when it is asked for, as a stale one. Behind a shared
   * cache (PURGE_URLS) the asker is that cache fetching it again after a sidebar purge: an answer
   * from before the change would stay there until the next purge.
   */
  renderLagging?: boolean;
};

/**
 * Answers a reader's page request from the page cache, or prepares it to be rendered by Next
 * and stored. Resolves true when it answered.
 *
 * - Fresh: served as stored.
 * - Stale (what the page shows changed): the first reader to ask renders it and gets the new page;
 *   everyone asking meanwhile gets the stored one at once. A 404 is never served stale: the
 *   article it stands for may just have been published.
 * - Lagging (only its sidebars changed): served as stored while a background render replaces it;
 *   behind a shared cache, as stale.
 * - Made-up article URLs and empty or missing archives (checked with indexed reads) share one
 *   stored 404 page.
 * - The database down: a stored page is served however stale (a render would only fail), and a
 *   page never stored gets the «temporarily unavailable» answer.
 */
export async function serveReaderPage(
  req: IncomingMessage,
  res: ServerResponse,
  report: RenderReport,
  pages: ReaderPages,
  refreshing: boolean,
): Promise<boolean> {
  const { cache } = pages;
  // See htmlLimitedBots in next.config.ts: one blocking render needs a User-Agent to match.
  req.headers["user-agent"] ||= "-";
  let key = readerCacheKey(req);
  const found = key !== null && !refreshing ? cache.lookup(key) : undefined;
  if (found?.fresh) {
    sendCachedPage(req, res, found.page, "HIT");
    return true;
  }
  const lagging = found?.state === "lagging" && !pages.renderLagging;
  if (found && found.page.status === 200 && (lagging || !cache.claimRefresh(key!))) {
    sendCachedPage(req, res, found.page, "STALE");
    if (lagging) pages.refresh(key!);
    return true;
  }
  if (found && found.page.status === 200) {
    const claimed = key!;
    res.once("close", () => cache.releaseRefresh(claimed));
  }
  if (!(await pages.databaseUp())) {
    if (found && found.page.status === 200) sendCachedPage(req, res, found.page, "STALE");
    else await pages.unavailable(req, res);
    return true;
  }

  let onlyStatus: number | undefined;
  if (key !== null && (await isMissingReaderPage(pages.prisma, pathnameOf(req)).catch(() => false))) {
    cache.forget(key);
    const shared = cache.lookup(sharedNotFoundKey(pathnameOf(req)));
    if (shared?.fresh) {
      sendCachedPage(req, res, shared.page, "HIT");
      return true;
    }
    key = sharedNotFoundKey(pathnameOf(req));
    onlyStatus = 404;
  }
  // HEAD renders as GET, so that the page it produces can be stored; Node still sends no body.
  const head = req.method === "HEAD";
  if (head) req.method = "GET";
  captureReaderResponse(req, res, { cache, errorPages: pages.errorPages, key, report, head, onlyStatus });
  return false;
}
