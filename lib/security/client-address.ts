import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { internalSecret, knownInternalSecret } from "./internal-secret";

/**
 * Set by the server on every request it hands to Next (scripts/start.ts), sealed with a secret
 * of this process: whatever a client sends under this name, through any entry point (`next
 * start`, `next dev`, a proxy that forwards it), is worth nothing.
 */
export const CLIENT_IP_HEADER = "x-vestnik-client-ip";

function seal(address: string, secret: string): string {
  return createHmac("sha256", secret).update(address).digest("base64url");
}

/** The header's value for an address the server itself determined. */
export function sealClientAddress(address: string): string {
  return `${address} ${seal(address, internalSecret())}`;
}

/** The client's address from a sealed header, or "unknown" when the server in front did not set it. */
export function clientAddressFromHeader(value: string | null | undefined): string {
  const secret = knownInternalSecret();
  const space = value?.lastIndexOf(" ") ?? -1;
  if (!secret || !value || space <= 0) return "unknown";
  const address = value.slice(0, space);
  const given = Buffer.from(value.slice(space + 1));
  const expected = Buffer.from(seal(address, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? address : "unknown";
}

/** Loopback: a proxy on the same machine, the usual set-up. */
export const DEFAULT_TRUSTED_PROXIES = ["127.0.0.1", "::1"];

function socketAddress(req: IncomingMessage): string {
  return (req.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
}

/**
 * The client's address: the socket's; or, when the operator says a reverse proxy is in front
 * (TRUST_PROXY=1) and the request does come from one of `trustedProxies`, the X-Forwarded-For
 * entry that proxy appended (proxies in the list are skipped from the right, so a chain of them
 * works). A client reaching the app around the proxy cannot choose its address.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean, trustedProxies: readonly string[] = DEFAULT_TRUSTED_PROXIES): string {
  const peer = socketAddress(req);
  if (!trustProxy || !trustedProxies.includes(peer)) return peer;
  const forwarded = String(req.headers["x-forwarded-for"] ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (let i = forwarded.length - 1; i >= 0; i--) {
    if (!trustedProxies.includes(forwarded[i]!) || i === 0) return forwarded[i]!;
  }
  return peer;
}
