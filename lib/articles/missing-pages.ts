import type { PrismaClient } from "@/lib/generated/prisma/client";
import { articleUrlParts } from "@/lib/paths";
import { isWellFormedSlug } from "@/lib/route-params";
import { publishedTopLevel } from "@/lib/pages/visibility";
import { PAGE_SIZE } from "./page-size";
import { visibleInEditionSql, visibleToReaders } from "./visibility";
import { isLanguage, type Language } from "@/lib/i18n/languages";

/**
 * Whether a URL shaped like an article (/<slug>) or a reply to one of its comments
 * (/<slug>/reply/<id>) certainly has no page: neither a visible article nor a published
 * top-level static page (lib/pages) has that slug, or no published comment of the article has
 * that id. Indexed reads instead of rendering a 404, so that made-up URLs (probes for
 * /wp-login.php, mistyped links, random ids) cost nothing to speak of. Any other URL is left to
 * the routes (false).
 */
export async function isMissingArticlePage(prisma: PrismaClient, pathname: string, language: Language): Promise<boolean> {
  const parts = articleUrlParts(pathname);
  if (!parts || parts.personal || parts.slug.includes(".")) return false;
  const { slug, replyId: reply } = parts;
  if (!isWellFormedSlug(slug)) return true;
  if (reply === undefined) {
    if ((await prisma.article.count({ where: { ...visibleToReaders(), slug } })) > 0) return false;
    return (await prisma.page.count({ where: { ...publishedTopLevel(slug), language } })) === 0;
  }
  if (!/^[1-9][0-9]{0,9}$/.test(reply) || Number(reply) > 2_147_483_647) return true;
  const comment = await prisma.comment.count({ where: { id: Number(reply), status: "APPROVED", article: { ...visibleToReaders(), slug } } });
  return comment === 0;
}

const ARCHIVE_URL = /^\/(category|tag|author)\/([^/]+)(?:\/page\/([^/]+))?\/?$/;

/** Visible articles in a category and every category under it, as app/(site) counts them. */
async function categoryArticleCount(prisma: PrismaClient, categoryId: number, language: Language): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: bigint }[]>`
    WITH RECURSIVE tree AS (
      SELECT id FROM "Category" WHERE id = ${categoryId}
      UNION SELECT c.id FROM "Category" c JOIN tree t ON c."parentId" = t.id
    )
    SELECT count(DISTINCT a.id) AS n FROM "Article" a JOIN "ArticleCategory" ac ON ac."articleId" = a.id
    WHERE ac."categoryId" IN (SELECT id FROM tree) AND ${visibleInEditionSql(language)}`;
  return Number(row?.n ?? 0);
}

/**
 * Whether an archive URL (/tag/<slug>, /author/<slug>, /category/<slug>, each with /page/<n>)
 * certainly has no page, checked before rendering for the reason above and because a 404 decided
 * while the page streams would go out as 200. A tag or author with nothing published has no
 * archive (a tag typed into a draft must not make one); a category exists while it exists, empty
 * or not, as its route renders it; a page past the last is missing for all three.
 */
export async function isMissingArchivePage(prisma: PrismaClient, pathname: string, language: Language): Promise<boolean> {
  const match = ARCHIVE_URL.exec(pathname);
  if (!match) return false;
  const [, kind, slug, segment] = match as unknown as [string, "category" | "tag" | "author", string, string | undefined];
  if (!isWellFormedSlug(slug)) return true;
  if (segment !== undefined && segment !== "1" && !/^[1-9][0-9]{0,5}$/.test(segment)) return true;
  const page = segment === undefined ? 1 : Number(segment);
  let total: number;
  if (kind === "category") {
    const category = await prisma.category.findFirst({ where: language === "kk" ? { kkSlug: slug } : { slug }, select: { id: true } });
    if (!category) return true;
    if (page === 1) return false;
    total = await categoryArticleCount(prisma, category.id, language);
  } else {
    const where = kind === "tag" ? { tags: { some: { tag: { slug } } } } : { author: { slug } };
    total = await prisma.article.count({ where: { ...visibleToReaders(language), ...where } });
    if (total === 0) return true;
  }
  return page > Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** An article, reply or archive URL in an edition ("/<lang>/…", as lib/edge/edition-routing.ts rewrote it) that certainly has no page. */
export async function isMissingReaderPage(prisma: PrismaClient, pathname: string): Promise<boolean> {
  const language = pathname.split("/")[1];
  if (!isLanguage(language)) return false;
  const inside = pathname.slice(language.length + 1) || "/";
  return (await isMissingArticlePage(prisma, inside, language)) || (await isMissingArchivePage(prisma, inside, language));
}
