import type { IncomingMessage, ServerResponse } from "node:http";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { LANGUAGE_PATTERN } from "@/lib/i18n/languages";
import { RESERVED_SLUGS } from "@/lib/paths";
import { isWellFormedSlug } from "@/lib/route-params";
import { CLIENT_IP_HEADER, clientAddressFromHeader } from "@/lib/security/client-address";
import { logger } from "@/lib/ops/logger";
import { writeViewCounts } from "./flush-views";
import { isBot, ViewCounter } from "./view-counter";

const EDITION_PREFIX = new RegExp(`^/${LANGUAGE_PATTERN}/`);

/**
 * The article slug of a reader's page view, or null for anything else: a browser asks for HTML
 * at the article's own URL; scripts, crawlers, prefetches and made-up query strings do not count.
 */
export function articleSlugOf(req: IncomingMessage): string | null {
  if (req.method !== "GET" || req.headers.rsc || req.headers["next-router-prefetch"] || req.headers.purpose === "prefetch") return null;
  const url = req.url ?? "/";
  if (url.includes("?") || !String(req.headers.accept ?? "").includes("text/html")) return null;
  // An edition's article is at /kk/<slug> (lib/edge/edition-routing.ts); slugs are unique across editions.
  const slug = url.replace(EDITION_PREFIX, "/").slice(1);
  if (slug.includes("/") || RESERVED_SLUGS.has(slug) || !isWellFormedSlug(slug)) return null;
  return isBot(req.headers["user-agent"]) ? null : slug;
}

export type ViewTracking = { observe(req: IncomingMessage, res: ServerResponse): void; flush(): Promise<void>; stop(): Promise<void> };

/**
 * Counts article views in the server process (page-cache hits included, since it sits in
 * front of the cache) and writes them every `flushMs`. The table has no change notification:
 * views must never invalidate cached pages; «Самое читаемое» refreshes on its own schedule.
 */
export function trackViews(prisma: PrismaClient, { flushMs }: { flushMs: number }): ViewTracking {
  const counter = new ViewCounter();
  let flushing: Promise<void> = Promise.resolve();
  const flush = () => {
    flushing = flushing.then(async () => {
      const counts = counter.drain();
      if (counts.size === 0) return;
      try {
        await writeViewCounts(prisma, counts);
      } catch (error) {
        counter.restore(counts);
        logger().error({ err: error }, "Writing view counts failed");
      }
    });
    return flushing;
  };
  const timer = setInterval(() => void flush(), flushMs);
  timer.unref();
  return {
    observe(req, res) {
      const slug = articleSlugOf(req);
      if (slug === null) return;
      res.once("finish", () => {
        if (res.statusCode === 200) counter.record(slug, clientAddressFromHeader(String(req.headers[CLIENT_IP_HEADER] ?? "")));
      });
    },
    flush,
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}
