import type { Logger } from "pino";
import type { DbConnection } from "@/lib/db/open";
import { createPurger, type Purger } from "./purger";

/** The advisory lock whose holder sends purges for every instance (any constant; "vestnik" in ASCII, shortened). */
const PURGE_LEADER_LOCK = 0x76657374;

const NO_SHARED_CACHE: Purger = { purge: () => undefined, stop: async () => undefined };

/**
 * Purges the shared caches at `urls` (PURGE_URLS) whenever this instance expires tags, if it is
 * the one instance on the database that leads: every instance hears every change, one tells Varnish.
 */
export async function startSharedCachePurging(
  database: Pick<DbConnection, "lead">,
  urls: readonly string[],
  sidebarLagMs: number,
  log: Logger,
): Promise<Purger> {
  if (urls.length === 0) return NO_SHARED_CACHE;
  let leading = false;
  const release = await database.lead(PURGE_LEADER_LOCK, (now) => {
    leading = now;
    log.info(now ? "Очистку общего кэша (PURGE_URLS) веду я" : "Очистку общего кэша ведёт другой экземпляр");
  });
  const purger = createPurger({
    urls,
    leading: () => leading,
    softEveryMs: sidebarLagMs,
    onError: (error, url) => log.error({ err: error, url }, "Общий кэш не очищен"),
  });
  return {
    purge: purger.purge,
    async stop() {
      await purger.stop();
      await release();
    },
  };
}
