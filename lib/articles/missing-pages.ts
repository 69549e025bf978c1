import type { PrismaClient } from "@/lib/generated/prisma/client";
import { articleUrlParts } from "@/lib/paths";
import { isWellFormedSlug } from "@/lib/route-params";
import { publishedTopLevel } from "@/lib/pages/visibility";
import { visibleToReaders } from "./visibility";

/**
 * Whether a URL shaped like an article (/<slug>) or a reply to one of its comments
 * (/<slug>/reply/<id>) certainly has no page: neither a visible article nor a published
 * top-level static page (lib/pages) has that slug, or no published comment of the article has
 * that id. Indexed reads instead of rendering a 404, so that made-up URLs (probes for
 * /wp-login.php, mistyped links, random ids) cost nothing to speak of. Any other URL is left to
 * the routes (false).
 */
export async function isMissingArticlePage(prisma: PrismaClient, pathname: string): Promise<boolean> {
  const parts = articleUrlParts(pathname);
  if (!parts || parts.personal || parts.slug.includes(".")) return false;
  const { slug, replyId: reply } = parts;
  if (!isWellFormedSlug(slug)) return true;
  if (reply === undefined) {
    if ((await prisma.article.count({ where: { ...visibleToReaders(), slug } })) > 0) return false;
    return (await prisma.page.count({ where: publishedTopLevel(slug) })) === 0;
  }
  if (!/^[1-9][0-9]{0,9}$/.test(reply) || Number(reply) > 2_147_483_647) return true;
  const comment = await prisma.comment.count({ where: { id: Number(reply), status: "APPROVED", article: { ...visibleToReaders(), slug } } });
  return comment === 0;
}
