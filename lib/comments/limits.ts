/** WordPress's limits for comment fields (wp_get_comment_fields_max_lengths), in characters. */
export const COMMENT_LIMITS = {
  authorName: 245,
  authorEmail: 100,
  authorUrl: 200,
  content: 65_525,
} as const;

/** A reply may sit at most this deep (1 = a comment on the article itself). */
export const MAX_THREAD_DEPTH = 5;

/** Two comments from one IP address or email need at least this long between them. */
export const FLOOD_INTERVAL_MS = 15_000;

/** Faster than this between showing the form and posting it is a bot. */
export const MIN_FORM_FILL_MS = 3_000;

/** Two or more links hold a comment for moderation. */
export const MODERATION_LINK_LIMIT = 2;
