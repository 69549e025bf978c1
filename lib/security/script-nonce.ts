import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";

/**
 * Next reads a script nonce from the request's Content-Security-Policy header and puts it on
 * every script it renders. The server sets that header itself, with a new nonce per request,
 * replacing whatever a client sent.
 */
export function assignScriptNonce(req: IncomingMessage): string {
  const nonce = randomBytes(18).toString("base64");
  delete req.headers["content-security-policy-report-only"];
  req.headers["content-security-policy"] = `script-src 'nonce-${nonce}'`;
  return nonce;
}

/** The nonce assignScriptNonce gave this request. */
export function scriptNonceOf(req: IncomingMessage): string | null {
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(String(req.headers["content-security-policy"] ?? ""))?.[1] ?? null;
}
