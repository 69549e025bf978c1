import { isReservedPageSlug } from "@/lib/pages/slug-rules";
import { pagePath } from "@/lib/pages/page-paths";
import { redirectKeyOfLink } from "@/lib/redirects/normalize";
import { sanitizeArticleHtml } from "@/lib/sanitize/article-html";
import { uniqueSlug } from "@/lib/slug";
import { detached } from "@/lib/wordpress/detached-text";
import { convertWordPressContent } from "@/lib/wordpress/markup/convert-content";
import type { WxrItem } from "@/lib/wordpress/wxr-reader";
import type { ImportContext } from "./import-context";
import { count, skip } from "./report";
import { plainText, slugFor } from "./wordpress-values";

/** A WordPress page becomes a static page; only a published one without a password is public. */
export async function importPage(ctx: ImportContext, item: WxrItem): Promise<void> {
  if (item.status === "trash" || item.status === "auto-draft" || item.status === "inherit") return skip(ctx.report.pages, `статус «${item.status}»`);
  const { tx } = ctx;
  const existing = item.postId ? await tx.page.findUnique({ where: { wpPostId: item.postId }, select: { id: true, slug: true } }) : null;
  const title = plainText(item.title, 300) || "(без заголовка)";
  const slug =
    existing?.slug ??
    (await uniqueSlug(
      slugFor(item.postName, title),
      async (s) => isReservedPageSlug(s) || (await tx.page.count({ where: { slug: s } })) > 0 || (await tx.article.count({ where: { slug: s } })) > 0,
    ));
  const data = {
    title,
    slug,
    bodyHtml: sanitizeArticleHtml(convertWordPressContent(item.content).html),
    status: item.status === "publish" && !item.postPassword ? ("PUBLISHED" as const) : ("DRAFT" as const),
    position: item.menuOrder,
    wpPostId: item.postId || null,
  };
  const page = existing
    ? await tx.page.update({ where: { id: existing.id }, data, select: { id: true, slug: true } })
    : await tx.page.create({ data, select: { id: true, slug: true } });
  count(ctx.report.pages, existing ? "updated" : "imported");
  ctx.pages.set(item.postId, { id: page.id, slug: page.slug, parentWpId: item.postParent, link: detached(item.link) });
}

/**
 * Parents are linked once every page is in (a child may come first), nesting at most two levels
 * as the site does; then each page's old addresses point at its new one.
 */
export async function linkPages(ctx: ImportContext): Promise<void> {
  for (const [wpId, page] of ctx.pages) {
    const parent = page.parentWpId ? ctx.pages.get(page.parentWpId) : undefined;
    const topLevel = parent && !(parent.parentWpId && ctx.pages.has(parent.parentWpId)) ? parent : undefined;
    await ctx.tx.page.update({ where: { id: page.id }, data: { parentId: topLevel?.id ?? null } });
    const target = pagePath(page.slug, topLevel?.slug ?? null);
    page.path = target;
    if (wpId) ctx.redirects.set(`/?page_id=${wpId}`, target);
    const old = redirectKeyOfLink(page.link);
    if (old && old !== "/" && old !== target) ctx.redirects.set(old, target);
  }
}
