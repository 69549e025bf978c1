import { createHash } from "node:crypto";

/** A CSP source expression allowing an inline script or style with exactly this text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}
