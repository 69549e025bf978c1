import type { IncomingMessage } from "node:http";

/** Set by the server on every request it hands to Next; whatever a client sent under this name is replaced. */
export const CLIENT_IP_HEADER = "x-vestnik-client-ip";

/**
 * The client's address: the socket's, or — when the operator says a reverse proxy is in front
 * (TRUST_PROXY=1) — the last X-Forwarded-For entry, the one that proxy appended.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = String(req.headers["x-forwarded-for"] ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const last = forwarded.at(-1);
    if (last) return last;
  }
  return (req.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
}
