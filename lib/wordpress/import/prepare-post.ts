import { formatCommentHtml } from "@/lib/comments/format";
import { MAX_THREAD_DEPTH } from "@/lib/comments/limits";
import type { ArticleStatus, CommentStatus } from "@/lib/generated/prisma/enums";
import { redirectKey, redirectKeyOfLink } from "@/lib/redirects/normalize";
import { sanitizeArticleHtml } from "@/lib/sanitize/article-html";
import { detached } from "@/lib/wordpress/detached-text";
import { imageSources } from "@/lib/wordpress/media/rewrite-upload-images";
import { uploadPathOf } from "@/lib/wordpress/media/upload-paths";
import { convertWordPressContent } from "@/lib/wordpress/markup/convert-content";
import { postmetaValue } from "@/lib/wordpress/php-unserialize";
import type { WxrComment, WxrItem } from "@/lib/wordpress/wxr-reader";
import type { ImportContext } from "./import-context";
import { skip } from "./report";
import { commentStatusOf, plainText, slugFor, wordpressDate } from "./wordpress-values";

export type PreparedComment = {
  wpId: number;
  /** The comment it answers under the site's depth rule, 0 for none. */
  parentWpId: number;
  depth: number;
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  authorIp: string;
  content: string;
  contentHtml: string;
  status: CommentStatus;
  createdAt: string;
};

/** A post converted and checked, ready to be written with its batch. */
export type PreparedPost = {
  wpPostId: number;
  baseSlug: string;
  title: string;
  lead: string;
  bodyHtml: string;
  status: ArticleStatus;
  publishedAt: string | null;
  mustRead: boolean;
  /** Null: the fallback author. */
  authorId: number | null;
  /** Every known category of the post, the primary one first; empty: the fallback category. */
  categoryIds: number[];
  tags: { slug: string; name: string }[];
  /** Old addresses (redirect keys) that lead to the article. */
  oldPaths: string[];
  thumbnailWpId: number;
  /** The old uploads the body shows: path under wp-content/uploads → its URL as written. */
  uploads: Map<string, string>;
  comments: PreparedComment[];
};

function meta(item: WxrItem, key: string): unknown {
  const found = item.postmeta.find((m) => m.key === key);
  return found === undefined ? undefined : postmetaValue(found.value);
}

/** Yoast's primary category when set, else the item's first category; then the others, each once. */
function categoryIds(ctx: ImportContext, item: WxrItem): number[] {
  const ids: number[] = [];
  const yoast = Number(meta(item, "_yoast_wpseo_primary_category"));
  if (Number.isInteger(yoast) && yoast > 0) {
    const found = ctx.categoryByTermId.get(yoast);
    if (found) ids.push(found.id);
  }
  for (const term of item.categories) {
    if (term.domain !== "category") continue;
    const found = ctx.categoryBySlug.get(term.nicename);
    if (found && !ids.includes(found.id)) ids.push(found.id);
  }
  return ids;
}

/** Pingbacks are skipped; a reply deeper than the site's threads joins its nearest ancestor that may have replies. */
function prepareComments(ctx: ImportContext, comments: WxrComment[]): PreparedComment[] {
  const placed = new Map<number, { depth: number; parentWpId: number }>();
  const prepared: PreparedComment[] = [];
  for (const comment of [...comments].sort((a, b) => a.id - b.id)) {
    if (comment.type === "pingback" || comment.type === "trackback") {
      skip(ctx.report.comments, "пингбэки и трекбэки");
      continue;
    }
    let parentWpId = comment.parent;
    let parent = parentWpId ? placed.get(parentWpId) : undefined;
    while (parent && parent.depth >= MAX_THREAD_DEPTH) {
      parentWpId = parent.parentWpId;
      parent = placed.get(parentWpId);
    }
    const depth = parent ? parent.depth + 1 : 1;
    placed.set(comment.id, { depth, parentWpId: comment.parent });
    const authorUrl = comment.authorUrl.trim();
    prepared.push({
      wpId: comment.id,
      parentWpId: parent ? parentWpId : 0,
      depth,
      authorName: plainText(comment.author, 245) || "Аноним",
      authorEmail: comment.authorEmail.trim().toLowerCase().slice(0, 100),
      authorUrl: /^https?:\/\//i.test(authorUrl) ? authorUrl.slice(0, 200) : "",
      authorIp: comment.authorIp.trim().slice(0, 64),
      content: comment.content,
      contentHtml: formatCommentHtml(comment.content),
      status: commentStatusOf(comment.approved),
      createdAt: (wordpressDate(comment.dateGmt, comment.date) ?? new Date()).toISOString(),
    });
  }
  return prepared;
}

function noteImages(ctx: ImportContext, html: string): Map<string, string> {
  const uploads = new Map<string, string>();
  for (const src of imageSources(html)) {
    const path = uploadPathOf(src);
    if (path !== null) uploads.set(path, src);
    else if (!src.startsWith("/") && ctx.report.unresolvedMedia.length < 1000 && !ctx.report.unresolvedMedia.includes(src))
      ctx.report.unresolvedMedia.push(detached(src));
  }
  return uploads;
}

/** Converts a post (content, comments, terms, old links) without touching the database. */
export function preparePost(ctx: ImportContext, item: WxrItem, status: ArticleStatus): PreparedPost {
  const title = plainText(item.title, 300) || "(без заголовка)";
  const converted = convertWordPressContent(item.content, { attachmentUrl: (id) => ctx.attachments.get(id)?.url || null });
  const bodyHtml = sanitizeArticleHtml(converted.html);
  const publishedAt = status === "PUBLISHED" || status === "SCHEDULED" ? (wordpressDate(item.postDateGmt, item.postDate) ?? new Date()) : null;
  const oldPaths = [item.postId ? `/?p=${item.postId}` : null, redirectKeyOfLink(item.link), redirectKey(`/${item.postName}`)];
  if (item.postId) oldPaths.push(`/archives/${item.postId}`);
  const thumbnail = Number(meta(item, "_thumbnail_id"));
  return {
    wpPostId: item.postId,
    baseSlug: slugFor(item.postName, title),
    title,
    lead: plainText(item.excerpt, 1000),
    bodyHtml,
    status,
    publishedAt: publishedAt?.toISOString() ?? null,
    mustRead: item.isSticky,
    authorId: ctx.userByLogin.get(item.creator)?.id ?? null,
    categoryIds: categoryIds(ctx, item),
    tags: item.categories.filter((term) => term.domain === "post_tag").map((term) => ({ slug: term.nicename, name: term.name })),
    oldPaths: [...new Set(oldPaths.filter((p): p is string => p !== null && p !== "/"))],
    thumbnailWpId: Number.isInteger(thumbnail) && thumbnail > 0 ? thumbnail : 0,
    uploads: noteImages(ctx, bodyHtml),
    comments: prepareComments(ctx, item.comments),
  };
}
