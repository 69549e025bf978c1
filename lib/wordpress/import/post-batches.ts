import { setImmediate as turn } from "node:timers/promises";
import { forgetLoggedQueries } from "./forget-logged-queries";
import type { ImportContext } from "./import-context";
import type { PreparedPost } from "./prepare-post";
import { count } from "./report";
import { fallbackAuthor, fallbackCategory } from "./import-terms";
import { importTags } from "./import-tags";
import { writeArticleTerms } from "./write-article-terms";
import { writeArticles } from "./write-articles";
import { writeComments } from "./write-comments";
import { writeRedirects } from "./write-redirects";

/** Posts written at once: big enough that per-statement costs vanish, small enough that a batch is a few megabytes. */
export const POST_BATCH = 250;

/** One batch: articles, their tags and categories, comments and old links, a few statements each. */
async function writeBatch(ctx: ImportContext, posts: PreparedPost[]): Promise<void> {
  // Tags the export's header did not declare.
  await importTags(
    ctx,
    posts.flatMap((post) => post.tags.map((tag) => ({ termId: 0, ...tag }))),
  );
  const tags = posts.map((post) => post.tags.map((tag) => ctx.tagBySlug.get(tag.slug)!.id));
  const resolved: (PreparedPost & { authorId: number; categoryId: number })[] = [];
  for (const post of posts) {
    const categoryIds = post.categoryIds.length > 0 ? post.categoryIds : [await fallbackCategory(ctx)];
    resolved.push({ ...post, categoryIds, categoryId: categoryIds[0]!, authorId: post.authorId ?? (await fallbackAuthor(ctx)) });
  }
  const articles = await writeArticles(ctx.tx, resolved);

  const redirects = new Map<string, string>();
  articles.forEach((article, i) => {
    const post = posts[i]!;
    count(ctx.report.posts, article.existed ? "updated" : "imported");
    const target = `/${article.slug}`;
    for (const old of post.oldPaths) if (old !== target) redirects.set(old, target);
    if (post.thumbnailWpId) ctx.mediaReferences.addCover(post.thumbnailWpId, article.id);
    for (const [path, url] of post.uploads) ctx.mediaReferences.addBodyImage(path, url, article.id);
  });
  // Independent of each other: each statement is prepared while the database runs the one before.
  const [, , written] = await Promise.all([
    writeArticleTerms(
      ctx.tx,
      // The database adds each article's primary category itself.
      articles.map((a, i) => ({ articleId: a.id, existed: a.existed, tagIds: tags[i]!, categoryIds: resolved[i]!.categoryIds.slice(1) })),
    ),
    writeComments(
      ctx,
      articles.map((a, i) => ({ articleId: a.id, comments: posts[i]!.comments })),
    ),
    writeRedirects(ctx.tx, redirects),
  ]);
  ctx.report.redirects += written;
  forgetLoggedQueries();
}

/**
 * Posts buffered and written in batches. The next batch is read and converted while the previous
 * one is being written (the database works meanwhile), never more than that: memory holds two
 * batches whatever the size of the export.
 */
export class PostBatches {
  private buffer: PreparedPost[] = [];
  private wpIds = new Set<number>();
  private writing: Promise<void> = Promise.resolve();
  private inFlight = false;

  constructor(
    private readonly ctx: ImportContext,
    private readonly size = POST_BATCH,
  ) {}

  async add(post: PreparedPost): Promise<void> {
    // Reading runs through a whole chunk of the file without returning to the event loop; the
    // batch being written gets its answers from the database only there.
    if (this.inFlight) await turn();
    // The same post twice in one batch would be inserted twice; the second time it is an update.
    if (post.wpPostId && this.wpIds.has(post.wpPostId)) await this.cut();
    this.buffer.push(post);
    if (post.wpPostId) this.wpIds.add(post.wpPostId);
    if (this.buffer.length >= this.size) await this.cut();
  }

  /** Writes what is buffered and waits until everything is written (before other writes of the import). */
  async drain(): Promise<void> {
    await this.cut();
    await this.writing;
  }

  /** After a failure: lets the batch being written finish before its transaction ends. */
  async abandon(): Promise<void> {
    this.buffer = [];
    await this.writing.catch(() => undefined);
  }

  private async cut(): Promise<void> {
    await this.writing;
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    this.wpIds = new Set();
    this.inFlight = true;
    this.writing = writeBatch(this.ctx, batch).finally(() => {
      this.inFlight = false;
    });
    // Seen by the next add() or drain(); until then it must not count as unhandled.
    this.writing.catch(() => undefined);
  }
}
