import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { cachedArg, isValid } from "@/lib/cache/cached-args";
import { visibleToReaders } from "@/lib/articles/visibility";
import { env } from "@/lib/env";
import { paths } from "@/lib/paths";
import { readPublishedPagePaths } from "@/lib/pages/published-paths";
import { articlePartCount, renderNewsSitemap, renderSitemapIndex, renderUrlSet, SITEMAP_PART_SIZE, type SitemapFile } from "./sitemap-xml";

const NEWS_WINDOW_MS = 48 * 3_600_000;

/** Articles the sitemaps list: visible, and not marked «Не индексировать». */
const indexable = () => ({ ...visibleToReaders(), noindex: false });

export async function sitemapIndexXml(): Promise<string> {
  "use cache";
  cacheLife("max");
  cacheTag(TAGS.site, TAGS.lists);
  const count = await db().article.count({ where: indexable() });
  const parts = Array.from({ length: articlePartCount(count) }, (_, i) => ({ path: `/sitemaps/articles-${i + 1}.xml` }));
  return renderSitemapIndex(env().SITE_URL, [{ path: "/sitemaps/sections.xml" }, ...parts, { path: "/sitemaps/news.xml" }]);
}

async function sectionsXml(): Promise<string> {
  const [categories, tags, authors, pages] = await Promise.all([
    db().category.findMany({ orderBy: { position: "asc" }, select: { slug: true } }),
    db().tag.findMany({ where: { articles: { some: { article: visibleToReaders() } } }, orderBy: { slug: "asc" }, select: { slug: true } }),
    db().user.findMany({
      where: { OR: [{ articles: { some: visibleToReaders() } }, { coAuthored: { some: { article: visibleToReaders() } } }] },
      orderBy: { slug: "asc" },
      select: { slug: true },
    }),
    readPublishedPagePaths(),
  ]);
  return renderUrlSet(env().SITE_URL, [
    { path: paths.home() },
    ...categories.map((c) => ({ path: paths.category(c.slug) })),
    ...tags.map((t) => ({ path: paths.tag(t.slug) })),
    ...authors.map((a) => ({ path: paths.author(a.slug) })),
    ...pages.map((p) => ({ path: p.path, lastModified: p.updatedAt.toISOString() })),
  ]);
}

/** null when the part is past the end. */
async function articlesXml(part: number): Promise<string | null> {
  const rows = await db().article.findMany({
    where: indexable(),
    orderBy: { id: "asc" },
    skip: (part - 1) * SITEMAP_PART_SIZE,
    take: SITEMAP_PART_SIZE,
    select: { slug: true, updatedAt: true },
  });
  if (rows.length === 0 && part > 1) return null;
  return renderUrlSet(
    env().SITE_URL,
    rows.map((r) => ({ path: paths.article(r.slug), lastModified: r.updatedAt.toISOString() })),
  );
}

async function newsXml(): Promise<string> {
  const since = new Date(Date.now() - NEWS_WINDOW_MS);
  const rows = await db().article.findMany({
    where: { ...indexable(), publishedAt: { gte: since, lte: new Date() } },
    orderBy: { publishedAt: "desc" },
    take: 1000,
    select: { slug: true, title: true, publishedAt: true, tags: { select: { tag: { select: { name: true } } } } },
  });
  return renderNewsSitemap(
    env().SITE_URL,
    env().SITE_NAME,
    rows.map((r) => ({
      path: paths.article(r.slug),
      title: r.title,
      publishedAt: (r.publishedAt ?? new Date(0)).toISOString(),
      keywords: r.tags.map((t) => t.tag.name),
    })),
  );
}

/** A sitemap part; null when there is no such part. */
export async function sitemapPartXml(file: SitemapFile): Promise<string | null> {
  "use cache";
  cacheTag(TAGS.site, TAGS.lists);
  switch (file?.kind) {
    case "sections":
      cacheLife("max");
      cacheTag(TAGS.pages);
      return sectionsXml();
    case "articles":
      cacheLife("max");
      return isValid(cachedArg.page, file.part) ? articlesXml(file.part) : null;
    case "news":
      // The 48-hour window moves with the clock, not only with edits.
      cacheLife({ stale: 300, revalidate: 600, expire: 3600 });
      return newsXml();
    default:
      return null;
  }
}
