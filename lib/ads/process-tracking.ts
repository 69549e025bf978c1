import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { trackAds, type AdTracking } from "./ad-tracking";

const holder = globalThis as typeof globalThis & { __vestnikAdTracking?: AdTracking };

/** The server process's ad counter, started by the first event; it writes on the views' schedule. */
export function adTracking(): AdTracking {
  return (holder.__vestnikAdTracking ??= trackAds(db, { flushMs: env().VIEWS_FLUSH_SECONDS * 1000 }));
}
