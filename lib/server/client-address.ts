import type { IncomingMessage } from "node:http";

/** Set by the server in front of Next from the socket itself, so a client cannot choose it. */
export const CLIENT_ADDRESS_HEADER = "x-vestnik-client-address";

export function stampClientAddress(req: IncomingMessage): void {
  req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? "unknown";
}
