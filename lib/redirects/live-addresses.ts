import "server-only";
import { db } from "@/lib/db";

/** Sections of the site whose addresses are always live (search, feeds, sitemaps, images). */
const LIVE_SECTIONS = new Set(["search", "feed", "media", "sitemaps", "social", "sitemap.xml", "robots.txt", "logo.png", "front", "personal"]);

/**
 * Why an old address must not be redirected, or null: old addresses are answered before the app,
 * so a redirect from a live article, page, archive or section would hide it from readers.
 */
export async function liveAddress(key: string): Promise<string | null> {
  if (key.includes("?")) return null;
  const segments = key.split("/").filter(Boolean);
  const [first, second] = segments;
  if (first === undefined) return null;
  if (LIVE_SECTIONS.has(first)) return `Адрес «/${first}» принадлежит разделу сайта, его перенаправить нельзя.`;
  const hides = (what: string) => `По этому адресу на сайте открывается ${what} — перенаправление скрыло бы её от читателей.`;
  if (segments.length === 1) {
    const [article, page] = await Promise.all([
      db().article.findUnique({ where: { slug: first }, select: { title: true } }),
      db().page.findFirst({ where: { slug: first, parentId: null }, select: { title: true } }),
    ]);
    if (article) return hides(`статья «${article.title}»`);
    if (page) return hides(`страница «${page.title}»`);
    return null;
  }
  if (segments.length !== 2 || second === undefined) return null;
  if (first === "category") {
    const category = await db().category.findUnique({ where: { slug: second }, select: { name: true } });
    return category ? hides(`рубрика «${category.name}»`) : null;
  }
  if (first === "tag") {
    const tag = await db().tag.findUnique({ where: { slug: second }, select: { name: true } });
    return tag ? hides(`метка «${tag.name}»`) : null;
  }
  if (first === "author") {
    const author = await db().user.findUnique({ where: { slug: second }, select: { name: true } });
    return author ? hides(`страница автора «${author.name}»`) : null;
  }
  const page = await db().page.findFirst({ where: { slug: second, parent: { slug: first } }, select: { title: true } });
  return page ? hides(`страница «${page.title}»`) : null;
}
