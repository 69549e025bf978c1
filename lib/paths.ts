import { LANGUAGE_PATTERN, LANGUAGES } from "@/lib/i18n/languages";

/** The site's URL scheme, in one place. */
export const paths = {
  home: () => "/",
  article: (slug: string) => `/${slug}`,
  category: (slug: string, page = 1) => (page > 1 ? `/category/${slug}/page/${page}` : `/category/${slug}`),
  tag: (slug: string, page = 1) => (page > 1 ? `/tag/${slug}/page/${page}` : `/tag/${slug}`),
  author: (slug: string, page = 1) => (page > 1 ? `/author/${slug}/page/${page}` : `/author/${slug}`),
  media: (key: string, width: number) => `/media/${key}/${width}.webp`,
  /** The same width as JPEG, for social previews and feeds (lib/media/jpeg.ts). */
  mediaJpeg: (key: string, width: number) => `/media/${key}/${width}.jpg`,
  search: () => "/search",
  socialImage: (slug: string) => `/social/${slug}.png`,
  feed: (categorySlug?: string) => (categorySlug ? `/feed/${categorySlug}` : "/feed"),
  zenFeed: () => "/feed/zen",
  /** An ad's link: counts the click, then redirects (app/go/ad/[id]/route.ts). */
  adClick: (slotId: number) => `/go/ad/${slotId}`,
  /** An ad's 1×1 impression beacon (app/api/ads/[id]/seen/route.ts). */
  adSeen: (slotId: number) => `/api/ads/${slotId}/seen`,
};

/** Route segments that can never be an article slug. */
export const RESERVED_SLUGS = new Set([
  "category",
  "tag",
  "author",
  "front",
  "media",
  "admin",
  "api",
  "search",
  "feed",
  "rss",
  "sitemap",
  "page",
  "personal",
  "reply",
  "_next",
  // Answered by the server before Next (lib/ops): health checks and metrics.
  "healthz",
  "readyz",
  "metrics",
  // Editions' prefixes (lib/edge/edition-routing.ts).
  ...LANGUAGES,
]);

const ARTICLE_URL = new RegExp(`^(?:/${LANGUAGE_PATTERN})?/(personal/[^/]+/)?([^/]+)(?:/reply/([^/]+))?/?$`);

/**
 * A URL shaped like an article's page taken apart: /<slug>, /<slug>/reply/<comment id>, or a
 * returning commenter's /personal/<token>/<slug>, each possibly in an edition (/kk/<slug>). The slug is as typed (not checked for form);
 * null for any other shape and for reserved first segments.
 */
export function articleUrlParts(pathname: string): { slug: string; replyId: string | undefined; personal: boolean } | null {
  const match = ARTICLE_URL.exec(pathname);
  if (!match || RESERVED_SLUGS.has(match[2]!)) return null;
  return { slug: match[2]!, replyId: match[3], personal: match[1] !== undefined };
}
