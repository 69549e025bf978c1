/** WordPress's query links that name a post, page, category or attachment by id. */
const ID_QUERIES = ["p", "page_id", "cat", "attachment_id"] as const;

function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/**
 * The key an old address is stored and looked up under: the path percent-decoded (WordPress
 * writes Cyrillic slugs encoded, in either case), without the trailing slash, lower-cased; for
 * the front page with `?p=`, `?page_id=`, `?cat=` or `?attachment_id=`, that one parameter too.
 * Other query parameters (tracking, paging) do not take part. Null for what cannot be an address.
 */
export function redirectKey(url: string): string | null {
  const question = url.indexOf("?");
  const rawPath = question === -1 ? url : url.slice(0, question);
  const path = decodePath(rawPath);
  if (path === null || !path.startsWith("/") || path.length > 2000) return null;
  const trimmed = path.length > 1 ? path.replace(/\/+$/, "") || "/" : path;
  if (trimmed === "/" && question !== -1) {
    const params = new URLSearchParams(url.slice(question + 1));
    for (const name of ID_QUERIES) {
      const value = params.get(name);
      if (value !== null && /^[1-9][0-9]{0,9}$/.test(value)) return `/?${name}=${value}`;
    }
  }
  return trimmed.toLowerCase();
}

/** The key of an old address given as a full URL (an export's links) or a path. */
export function redirectKeyOfLink(link: string): string | null {
  try {
    const parsed = new URL(link, "http://old.invalid");
    return redirectKey(parsed.pathname + parsed.search);
  } catch {
    return null;
  }
}
