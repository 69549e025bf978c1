import { sign, verify } from "@/lib/security/signed-value";

/** How long one article view may keep its comment form open. */
export const VIEW_TOKEN_TTL_MS = 12 * 3600 * 1000;

/**
 * A signed stamp of one view of one article, fetched by the form's script (comments.js) when
 * the page opens; the server measures the time to the post from its own clock.
 */
export function issueViewToken(articleId: number, issuedAtMs: number, secret: Buffer): string {
  return sign(`v.${articleId}.${issuedAtMs}`, secret);
}

export type ViewTokenCheck = { ok: true; ageMs: number } | { ok: false; reason: string };

export function checkViewToken(token: string, articleId: number, nowMs: number, secret: Buffer): ViewTokenCheck {
  const payload = verify(token, secret);
  const match = payload === null ? null : /^v\.(\d+)\.(\d+)$/.exec(payload);
  if (!match) return { ok: false, reason: "missing or forged view token" };
  if (Number(match[1]) !== articleId) return { ok: false, reason: "view token of another article" };
  const ageMs = nowMs - Number(match[2]);
  if (ageMs < 0 || ageMs > VIEW_TOKEN_TTL_MS) return { ok: false, reason: "expired view token" };
  return { ok: true, ageMs };
}
