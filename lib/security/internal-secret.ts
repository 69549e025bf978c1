import { randomBytes, timingSafeEqual } from "node:crypto";

/**
 * A secret known only to this process, for loopback calls the server makes to itself (the
 * background re-render of a page whose sidebars lag, lib/edge/page-refresher.ts) and for the
 * client-address header it hands to Next (lib/security/client-address.ts).
 */
const holder = globalThis as typeof globalThis & { __vestnikInternalSecret?: string };

export function internalSecret(): string {
  holder.__vestnikInternalSecret ??= randomBytes(32).toString("hex");
  return holder.__vestnikInternalSecret;
}

/** The secret if this process's server made one; under `next start` nobody did. */
export function knownInternalSecret(): string | undefined {
  return holder.__vestnikInternalSecret;
}

export function isInternalCaller(presented: string | null): boolean {
  const expected = holder.__vestnikInternalSecret;
  if (!expected || !presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const INTERNAL_SECRET_HEADER = "x-vestnik-internal";
