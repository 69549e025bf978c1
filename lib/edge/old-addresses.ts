import type { IncomingMessage, ServerResponse } from "node:http";
import type { RedirectTable } from "@/lib/redirects/redirect-table";
import { pathnameOf } from "./reader-responses";
import { needsClientRuntime } from "./strip-framework-js";

/**
 * Answers a request for an old address (a WordPress link or pattern, or one an editor added) with a 301
 * to where it lives now. Runs before the page cache: a stored 404 must not win. True when it answered.
 */
export function answerOldAddress(req: IncomingMessage, res: ServerResponse, table: RedirectTable): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (needsClientRuntime(pathnameOf(req)) || pathnameOf(req).startsWith("/_next/")) return false;
  const target = table.lookup(req.url ?? "/");
  if (target === null) return false;
  res.writeHead(301, { location: target, "cache-control": "public, max-age=3600" }).end();
  return true;
}
