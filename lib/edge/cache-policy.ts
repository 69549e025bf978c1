import { LANGUAGE_PATTERN } from "@/lib/i18n/languages";

/** Where the server sends a returning commenter: the article with their name, email and held comments, in its edition. */
const PERSONAL_PATH = new RegExp(`^/${LANGUAGE_PATTERN}/personal/`);

/**
 * The Cache-Control (and Vary) of a reader page. Shared caches in front must ask every time:
 * only this server hears invalidations. A commenter's personal variant answers the article's
 * public URL, so no cache anywhere may keep it or hand it to anybody else.
 */
export function readerCachePolicy(pathname: string, status: number): { cacheControl: string | null; varyCookie: boolean } {
  if (PERSONAL_PATH.test(pathname)) return { cacheControl: "private, no-store", varyCookie: true };
  return { cacheControl: status === 200 ? "public, max-age=0, must-revalidate" : null, varyCookie: false };
}
