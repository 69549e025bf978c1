import { env } from "@/lib/env";
import { sign, verify } from "@/lib/security/signed-value";

/** A confirmation link older than this asks the reader to tick the box again. */
export const CONFIRM_LINK_DAYS = 7;
const DAY_MS = 24 * 3600 * 1000;

const encodeEmail = (email: string) => Buffer.from(email, "utf8").toString("base64url");
const decodeEmail = (encoded: string) => Buffer.from(encoded, "base64url").toString("utf8");

/** The signed token of «confirm that this address wants replies», stamped with when it was issued. */
export function confirmToken(email: string, issuedMs: number, secret: Buffer): string {
  return sign(`rc.${encodeEmail(email)}.${issuedMs}`, secret);
}

/** The address, or null when the token is forged, of another kind or expired. */
export function readConfirmToken(token: string, nowMs: number, secret: Buffer): string | null {
  const match = /^rc\.([A-Za-z0-9_-]+)\.(\d+)$/.exec(verify(token, secret) ?? "");
  if (!match || nowMs - Number(match[2]) > CONFIRM_LINK_DAYS * DAY_MS) return null;
  return decodeEmail(match[1]!);
}

/** The signed token of «stop mailing replies to this address»: it never expires. */
export function unsubscribeToken(email: string, secret: Buffer): string {
  return sign(`ru.${encodeEmail(email)}`, secret);
}

export function readUnsubscribeToken(token: string, secret: Buffer): string | null {
  const match = /^ru\.([A-Za-z0-9_-]+)$/.exec(verify(token, secret) ?? "");
  return match ? decodeEmail(match[1]!) : null;
}

const absoluteUrl = (path: string) => new URL(path, env().SITE_URL).toString();

export const CONFIRM_PATH = "/api/comments/confirm";
export const UNSUBSCRIBE_PATH = "/api/comments/unsubscribe";

export const mailLinks = {
  confirm: (token: string) => absoluteUrl(`${CONFIRM_PATH}?t=${encodeURIComponent(token)}`),
  unsubscribe: (token: string) => absoluteUrl(`${UNSUBSCRIBE_PATH}?t=${encodeURIComponent(token)}`),
  comment: (slug: string, commentId: number) => absoluteUrl(`/${slug}#comment-${commentId}`),
  heldComments: () => absoluteUrl("/admin/comments?status=PENDING"),
  article: (id: number) => absoluteUrl(`/admin/articles/${id}`),
  profile: () => absoluteUrl("/admin/profile"),
};
