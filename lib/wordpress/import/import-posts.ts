import { formatCommentHtml } from "@/lib/comments/format";
import { MAX_THREAD_DEPTH } from "@/lib/comments/limits";
import { redirectKey, redirectKeyOfLink } from "@/lib/redirects/normalize";
import { sanitizeArticleHtml } from "@/lib/sanitize/article-html";
import { uniqueSlug } from "@/lib/slug";
import type { WxrComment, WxrItem } from "@/lib/wordpress/wxr-reader";
import { postmetaValue } from "@/lib/wordpress/php-unserialize";
import { convertWordPressContent } from "@/lib/wordpress/markup/convert-content";
import type { ImportContext } from "./import-context";
import { importPage } from "./import-pages";
import { importTag } from "./import-terms";
import { count, skip } from "./report";
import { articleStatusOf, commentStatusOf, plainText, slugFor, wordpressDate } from "./wordpress-values";

function meta(item: WxrItem, key: string): unknown {
  const found = item.postmeta.find((m) => m.key === key);
  return found === undefined ? undefined : postmetaValue(found.value);
}

/** Yoast's primary category when set, else the item's first category. */
function primaryCategoryId(ctx: ImportContext, item: WxrItem): number | null {
  const yoast = Number(meta(item, "_yoast_wpseo_primary_category"));
  if (Number.isInteger(yoast) && yoast > 0) {
    const found = ctx.categoryByTermId.get(yoast);
    if (found) return found.id;
  }
  for (const term of item.categories) {
    if (term.domain === "category") {
      const found = ctx.categoryBySlug.get(term.nicename);
      if (found) return found.id;
    }
  }
  return null;
}

async function fallbackCategory(ctx: ImportContext): Promise<number> {
  if (ctx.fallbackCategoryId !== null) return ctx.fallbackCategoryId;
  const row =
    (await ctx.tx.category.findFirst({ orderBy: { position: "asc" }, select: { id: true } })) ??
    (await ctx.tx.category.create({ data: { name: "Без рубрики", slug: "bez-rubriki" }, select: { id: true } }));
  ctx.fallbackCategoryId = row.id;
  return row.id;
}

async function fallbackAuthor(ctx: ImportContext): Promise<number> {
  if (ctx.fallbackAuthorId !== null) return ctx.fallbackAuthorId;
  const row =
    (await ctx.tx.user.findFirst({ where: { role: "ADMINISTRATOR" }, orderBy: { id: "asc" }, select: { id: true } })) ??
    (await ctx.tx.user.create({
      data: { name: "Редакция", slug: "redaktsiya-wordpress", email: "wordpress@imported.invalid", role: "CONTRIBUTOR", disabledAt: new Date() },
      select: { id: true },
    }));
  ctx.fallbackAuthorId = row.id;
  return row.id;
}

/** An item of the export: posts become articles (with their comments and old links); the rest is counted. */
export async function importItem(ctx: ImportContext, item: WxrItem): Promise<void> {
  if (item.postType === "attachment") {
    if (item.attachmentUrl) ctx.attachmentUrl.set(item.postId, item.attachmentUrl);
    skip(ctx.report.attachments, "файлы изображений пока не переносятся");
    return;
  }
  if (item.postType === "page") return importPage(ctx, item);
  if (item.postType !== "post") return;
  const status = articleStatusOf(item.status);
  if (status === null) return skip(ctx.report.posts, `статус «${item.status}»`);
  // A password-protected post was never public: it waits as a draft.
  await importPost(ctx, item, item.postPassword ? "DRAFT" : status);
}

async function importPost(ctx: ImportContext, item: WxrItem, status: NonNullable<ReturnType<typeof articleStatusOf>>): Promise<void> {
  const { tx } = ctx;
  const existing = item.postId ? await tx.article.findUnique({ where: { wpPostId: item.postId }, select: { id: true, slug: true } }) : null;
  const title = plainText(item.title, 300) || "(без заголовка)";
  const slug = existing?.slug ?? (await uniqueSlug(slugFor(item.postName, title), async (s) => (await tx.article.count({ where: { slug: s } })) > 0));
  const converted = convertWordPressContent(item.content, {});
  for (const [, src] of converted.html.matchAll(/<img\b[^>]*\ssrc="([^"]+)"/g)) {
    if (src && !src.startsWith("/") && ctx.report.unresolvedMedia.length < 1000 && !ctx.report.unresolvedMedia.includes(src))
      ctx.report.unresolvedMedia.push(src);
  }
  const tagIds: number[] = [];
  for (const term of item.categories) {
    if (term.domain === "post_tag") tagIds.push((await importTag(ctx, { termId: 0, slug: term.nicename, name: term.name })).id);
  }
  const publishedAt = status === "PUBLISHED" || status === "SCHEDULED" ? (wordpressDate(item.postDateGmt, item.postDate) ?? new Date()) : null;
  const data = {
    title,
    slug,
    lead: plainText(item.excerpt, 1000),
    bodyHtml: sanitizeArticleHtml(converted.html),
    categoryId: primaryCategoryId(ctx, item) ?? (await fallbackCategory(ctx)),
    authorId: ctx.userByLogin.get(item.creator)?.id ?? (await fallbackAuthor(ctx)),
    status,
    publishedAt,
    mustRead: item.isSticky,
    wpPostId: item.postId || null,
  };
  const tags = { create: [...new Set(tagIds)].map((tagId) => ({ tagId })) };
  const article = existing
    ? await tx.article.update({ where: { id: existing.id }, data: { ...data, tags: { deleteMany: {}, ...tags } }, select: { id: true, slug: true } })
    : await tx.article.create({ data: { ...data, tags }, select: { id: true, slug: true } });
  count(ctx.report.posts, existing ? "updated" : "imported");

  const target = `/${article.slug}`;
  if (item.postId) ctx.redirects.set(`/?p=${item.postId}`, target);
  for (const old of [redirectKeyOfLink(item.link), redirectKey(`/${item.postName}`), item.postId ? `/archives/${item.postId}` : null]) {
    if (old && old !== "/" && old !== target) ctx.redirects.set(old, target);
  }
  await importComments(ctx, article.id, item.comments);
}

async function importComments(ctx: ImportContext, articleId: number, comments: WxrComment[]): Promise<void> {
  const { tx } = ctx;
  const placed = new Map<number, { id: number; depth: number; parentWpId: number }>();
  for (const comment of [...comments].sort((a, b) => a.id - b.id)) {
    if (comment.type === "pingback" || comment.type === "trackback") {
      skip(ctx.report.comments, "пингбэки и трекбэки");
      continue;
    }
    // Deeper than the site's threads go: the reply joins its nearest ancestor that may have replies.
    let parent = comment.parent ? placed.get(comment.parent) : undefined;
    while (parent && parent.depth >= MAX_THREAD_DEPTH) parent = placed.get(parent.parentWpId);
    const depth = parent ? parent.depth + 1 : 1;
    const email = comment.authorEmail.trim().toLowerCase();
    const data = {
      articleId,
      parentId: parent?.id ?? null,
      depth,
      authorName: plainText(comment.author, 245) || "Аноним",
      authorEmail: email.slice(0, 100),
      authorUrl: /^https?:\/\//i.test(comment.authorUrl.trim()) ? comment.authorUrl.trim().slice(0, 200) : "",
      authorIp: comment.authorIp.trim().slice(0, 64),
      content: comment.content,
      contentHtml: formatCommentHtml(comment.content),
      status: commentStatusOf(comment.approved),
      createdAt: wordpressDate(comment.dateGmt, comment.date) ?? new Date(),
      wpCommentId: comment.id || null,
    };
    const existing = comment.id ? await tx.comment.findUnique({ where: { wpCommentId: comment.id }, select: { id: true } }) : null;
    const row = existing
      ? await tx.comment.update({ where: { id: existing.id }, data, select: { id: true } })
      : await tx.comment.create({ data, select: { id: true } });
    count(ctx.report.comments, existing ? "updated" : "imported");
    placed.set(comment.id, { id: row.id, depth, parentWpId: comment.parent });
  }
}
