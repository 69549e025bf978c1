/**
 * The comment form's heading when it answers someone, from the page's `comments.replyHeading`.
 * Names are not declined («Ответить Читатель из Аксу» reads wrong, and Kazakh endings would have
 * to follow the name's vowels), so the name stands alone after a colon. public/comments.js fills
 * the same template (the form's data-reply-heading) in the same way when a reply link moves the
 * form without a page load.
 */
export function replyHeading(template: string, authorName: string): string {
  return template.split("{name}").join(authorName);
}
