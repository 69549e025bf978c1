import { sign, verify } from "@/lib/server/signed-value";

/** A signed stamp of when the form was rendered, so a post can say how long its form was open. */
export function issueFormToken(renderedAtMs: number, secret: Buffer): string {
  return sign(String(renderedAtMs), secret);
}

export function formAgeMs(token: string, nowMs: number, secret: Buffer): number | null {
  const stamp = verify(token, secret);
  return stamp !== null && /^\d+$/.test(stamp) ? nowMs - Number(stamp) : null;
}
