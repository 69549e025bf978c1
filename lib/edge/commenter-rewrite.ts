import type { IncomingMessage } from "node:http";
import { COMMENTER_COOKIE, decodeCommenter } from "@/lib/comments/commenter-cookie";
import { LANGUAGE_PATTERN } from "@/lib/i18n/languages";
import { RESERVED_SLUGS } from "@/lib/paths";

/**
 * An article in its edition (the URL as lib/edge/edition-routing.ts rewrote it), or the same with
 * its form answering a comment (/<lang>/<slug>/reply/<id>, the reply link without JavaScript).
 */
const ARTICLE_PATH = new RegExp(`^/(${LANGUAGE_PATTERN})/([a-z0-9]+(?:-[a-z0-9]+)*)(/reply/[1-9][0-9]{0,9})?$`);

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * A reader with a valid commenter cookie sees an article with their own held comments and
 * remembered details: their request is rewritten to that article's per-commenter variant
 * (app/(site)/[lang]/personal), which is server-rendered and cached like any page, no JavaScript needed.
 */
export function rewriteForCommenter(req: IncomingMessage, secret: Buffer): boolean {
  // POSTs too: the comment form posts to the page it was rendered on, and Next only restores a
  // form's state (errors, typed values) when the same page renders the answer.
  if (req.method !== "GET" && req.method !== "HEAD" && req.method !== "POST") return false;
  const url = req.url ?? "/";
  const queryAt = url.indexOf("?");
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  const [, language, slug, reply = ""] = ARTICLE_PATH.exec(pathname) ?? [];
  if (!slug || RESERVED_SLUGS.has(slug)) return false;
  const value = cookieValue(req.headers.cookie, COMMENTER_COOKIE);
  if (!value || !decodeCommenter(value, secret)) return false;
  req.url = `/${language}/personal/${encodeURIComponent(value)}/${slug}${reply}${queryAt === -1 ? "" : url.slice(queryAt)}`;
  return true;
}
