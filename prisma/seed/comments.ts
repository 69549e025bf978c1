import { COMMENTERS, COMMENT_LINES, REPLY_LINES } from "./content/comments";
import type { Random } from "./random";

export type SeedComment = {
  key: string;
  articleSlug: string;
  parentKey: string | null;
  authorName: string;
  authorEmail: string;
  content: string;
  createdAt: Date;
};

const MINUTE = 60_000;
const COMMENTED_ARTICLES = 60;

/**
 * Approved discussions under the newest articles: up to five comments each, some answered,
 * all after the article appeared and before `now`.
 */
export type CommentBank = {
  commenters: ReadonlyArray<{ name: string; email: string }>;
  lines: readonly string[];
  replies: readonly string[];
};

const RU_BANK: CommentBank = { commenters: COMMENTERS, lines: COMMENT_LINES, replies: REPLY_LINES };

export function generateSeedComments(
  articles: { slug: string; publishedAt: Date | null }[],
  now: Date,
  rng: Random,
  { commenters, lines, replies }: CommentBank = RU_BANK,
  commentedArticles = COMMENTED_ARTICLES,
): SeedComment[] {
  const newest = articles
    .filter((a): a is { slug: string; publishedAt: Date } => a.publishedAt !== null && a.publishedAt <= now)
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
    .slice(0, commentedArticles);
  const comments: SeedComment[] = [];
  for (const article of newest) {
    const count = rng.int(0, 5);
    const room = Math.max(1, Math.floor((now.getTime() - article.publishedAt.getTime()) / MINUTE));
    let at = article.publishedAt.getTime();
    for (let i = 0; i < count; i++) {
      at += rng.int(1, Math.max(2, Math.floor(room / (count + 2)))) * MINUTE;
      if (at >= now.getTime()) break;
      const author = rng.pick(commenters);
      const key = `${article.slug}#${i}`;
      comments.push({
        key,
        articleSlug: article.slug,
        parentKey: null,
        authorName: author.name,
        authorEmail: author.email,
        content: rng.pick(lines),
        createdAt: new Date(at),
      });
      if (rng.chance(0.3) && at + 5 * MINUTE < now.getTime()) {
        const replier = rng.pick(commenters.filter((c) => c.email !== author.email));
        comments.push({
          key: `${key}r`,
          articleSlug: article.slug,
          parentKey: key,
          authorName: replier.name,
          authorEmail: replier.email,
          content: rng.pick(replies),
          createdAt: new Date(at + 5 * MINUTE),
        });
      }
    }
  }
  return comments;
}
