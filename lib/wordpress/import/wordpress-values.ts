import type { ArticleStatus, CommentStatus } from "@/lib/generated/prisma/enums";
import { slugify } from "@/lib/slug";

/** WordPress post statuses as Vestnik's; null for those not imported. */
export function articleStatusOf(status: string): ArticleStatus | null {
  switch (status) {
    case "publish":
      return "PUBLISHED";
    case "future":
      return "SCHEDULED";
    case "pending":
      return "PENDING";
    case "draft":
    case "auto-draft":
    case "private":
      return "DRAFT";
    default:
      return null;
  }
}

export function commentStatusOf(approved: string): CommentStatus {
  switch (approved) {
    case "1":
      return "APPROVED";
    case "spam":
      return "SPAM";
    case "trash":
    case "post-trashed":
      return "TRASH";
    default:
      return "PENDING";
  }
}

/** "2024-03-01 09:30:00" (UTC, the *_gmt fields) as a date; null for WordPress's "never". */
export function wordpressDate(gmt: string, local = ""): Date | null {
  for (const value of [gmt, local]) {
    const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
    if (match && match[1] !== "0000") return new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!, +match[4]!, +match[5]!, +match[6]!));
  }
  return null;
}

function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

/** A Vestnik slug (Latin, as the site's addresses are) for a WordPress slug, which may be percent-encoded Cyrillic. */
export function slugFor(wordpressSlug: string, fallback: string): string {
  return slugify(decodeSlug(wordpressSlug)) || slugify(fallback) || "bez-nazvaniya";
}

/** Text of an excerpt or title that may hold markup and entities. */
export function plainText(html: string, max: number): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, max);
}
