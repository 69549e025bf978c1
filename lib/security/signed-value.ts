import { createHmac, timingSafeEqual } from "node:crypto";

function mac(payload: string, secret: Buffer): string {
  return createHmac("sha256", secret).update(payload).digest("base64url");
}

/** `payload.signature`, URL- and cookie-safe when the payload is. */
export function sign(payload: string, secret: Buffer): string {
  return `${payload}.${mac(payload, secret)}`;
}

/** The payload when the signature is right, else null. */
export function verify(signed: string, secret: Buffer): string | null {
  const dot = signed.lastIndexOf(".");
  if (dot <= 0) return null;
  const payload = signed.slice(0, dot);
  const given = Buffer.from(signed.slice(dot + 1));
  const expected = Buffer.from(mac(payload, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? payload : null;
}
