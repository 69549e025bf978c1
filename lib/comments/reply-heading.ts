/**
 * The comment form's heading when it answers someone. Names are not declined («Ответить
 * Читатель из Аксу» reads wrong), so the name stands alone after a colon. public/comments.js
 * writes the same words when a reply link moves the form without a page load.
 */
export const REPLY_HEADING_PREFIX = "Ответ на комментарий: ";

export function replyHeading(authorName: string): string {
  return `${REPLY_HEADING_PREFIX}${authorName}`;
}
