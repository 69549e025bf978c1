import { sign, verify } from "@/lib/security/signed-value";

/**
 * A signed stamp of when an article's comment form was rendered, for browsers without
 * JavaScript (cached pages carry it, so it only says the form is not brand new).
 */
export function issueFormToken(articleId: number, renderedAtMs: number, secret: Buffer): string {
  return sign(`f.${articleId}.${renderedAtMs}`, secret);
}

/** The form's age, or null when the token is forged or belongs to another article. */
export function formAgeMs(token: string, articleId: number, nowMs: number, secret: Buffer): number | null {
  const match = /^f\.(\d+)\.(\d+)$/.exec(verify(token, secret) ?? "");
  return match && Number(match[1]) === articleId ? nowMs - Number(match[2]) : null;
}
