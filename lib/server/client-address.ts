import type { IncomingMessage } from "node:http";

/** Set by the server on every request it hands to Next; whatever a client sent under this name is replaced. */
export const CLIENT_IP_HEADER = "x-vestnik-client-ip";

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
