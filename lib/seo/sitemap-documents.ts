import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { cachedArg, isValid } from "@/lib/cache/cached-args";
import { visibleToReaders } from "@/lib/articles/visibility";
import { env } from "@/lib/env";
import { paths } from "@/lib/paths";
import { readPublishedPagePaths } from "@/lib/pages/published-paths";
import { getEditions } from "@/lib/editions/reads";
import { inEdition, type Editions } from "@/lib/editions/editions";
import { LANGUAGE_TAG, type Language } from "@/lib/i18n/languages";
import { articlePartCount, renderNewsSitemap, renderSitemapIndex, renderUrlSet, SITEMAP_PART_SIZE, type SitemapFile } from "./sitemap-xml";

const NEWS_WINDOW_MS = 48 * 3_600_000;

/** Articles the sitemaps list: visible in an edition the site publishes, and not marked «Не индексировать». */
const indexable = (editions: Editions) => ({ ...visibleToReaders(), language: { in: editions.enabled }, noindex: false });

/** hreflang → path for a page that exists in these editions, with the default edition's (or the only one's) as x-default. */
function alternates(editions: Editions, paths: Partial<Record<Language, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const language of editions.enabled) if (paths[language]) out[LANGUAGE_TAG[language]] = paths[language]!;
  const fallback = paths[editions.default] ?? Object.values(out)[0];
  if (fallback) out["x-default"] = fallback;
  return out;
}

export async function sitemapIndexXml(): Promise<string> {
  "use cache";
  cacheLife("max");
  cacheTag(TAGS.site, TAGS.lists);
  const count = await db().article.count({ where: indexable(await getEditions()) });
  const parts = Array.from({ length: articlePartCount(count) }, (_, i) => ({ path: `/sitemaps/articles-${i + 1}.xml` }));
  return renderSitemapIndex(env().SITE_URL, [{ path: "/sitemaps/sections.xml" }, ...parts, { path: "/sitemaps/news.xml" }]);
}

async function sectionsXml(): Promise<string> {
  const editions = await getEditions();
  const [categories, tags, authorsByEdition, pages] = await Promise.all([
    db().category.findMany({ orderBy: { position: "asc" }, select: { slug: true, kkSlug: true, kkName: true } }),
    db().tag.findMany({
      where: { language: { in: editions.enabled }, articles: { some: { article: visibleToReaders() } } },
      orderBy: { slug: "asc" },
      select: { slug: true, language: true },
    }),
    Promise.all(
      editions.enabled.map(async (language) => ({
        language,
        authors: await db().user.findMany({
          where: { OR: [{ articles: { some: visibleToReaders(language) } }, { coAuthored: { some: { article: visibleToReaders(language) } } }] },
          orderBy: { slug: "asc" },
          select: { slug: true },
        }),
      })),
    ),
    readPublishedPagePaths(),
  ]);
  const everywhere = (sitePath: string) => Object.fromEntries(editions.enabled.map((l) => [l, inEdition(sitePath, l, editions)]));
  const withAlternates = (byLanguage: Partial<Record<Language, string>>) =>
    Object.values(byLanguage).map((path) => ({ path: path!, alternates: alternates(editions, byLanguage) }));
  return renderUrlSet(env().SITE_URL, [
    ...withAlternates(everywhere(paths.home())),
    ...categories.flatMap((c) =>
      withAlternates({
        ...(editions.enabled.includes("ru") ? { ru: inEdition(paths.category(c.slug), "ru", editions) } : {}),
        ...(editions.enabled.includes("kk") && c.kkSlug && c.kkName ? { kk: inEdition(paths.category(c.kkSlug), "kk", editions) } : {}),
      }),
    ),
    ...tags.map((t) => ({ path: inEdition(paths.tag(t.slug), t.language, editions) })),
    ...authorsByEdition.flatMap(({ language, authors }) => authors.map((a) => ({ path: inEdition(paths.author(a.slug), language, editions) }))),
    ...pages
      .filter((p) => editions.enabled.includes(p.language))
      .map((p) => ({ path: inEdition(p.path, p.language, editions), lastModified: p.updatedAt.toISOString() })),
  ]);
}

const translationSelect = { slug: true, language: true, status: true, publishedAt: true, noindex: true } as const;
type TranslationRow = { slug: string; language: Language; status: string; publishedAt: Date | null; noindex: boolean };

/** An article's URL with its published translation's as hreflang pairs. */
function articleUrl(editions: Editions, row: { slug: string; language: Language; translationOf: TranslationRow | null; translation: TranslationRow | null }) {
  const path = inEdition(paths.article(row.slug), row.language, editions);
  const other = row.translationOf ?? row.translation;
  const now = new Date();
  const shown =
    other && other.status === "PUBLISHED" && other.publishedAt && other.publishedAt <= now && !other.noindex && editions.enabled.includes(other.language);
  return {
    path,
    ...(shown
      ? { alternates: alternates(editions, { [row.language]: path, [other.language]: inEdition(paths.article(other.slug), other.language, editions) }) }
      : {}),
  };
}

/** null when the part is past the end. */
async function articlesXml(part: number): Promise<string | null> {
  const editions = await getEditions();
  const rows = await db().article.findMany({
    where: indexable(editions),
    orderBy: { id: "asc" },
    skip: (part - 1) * SITEMAP_PART_SIZE,
    take: SITEMAP_PART_SIZE,
    select: { slug: true, updatedAt: true, language: true, translationOf: { select: translationSelect }, translation: { select: translationSelect } },
  });
  if (rows.length === 0 && part > 1) return null;
  return renderUrlSet(
    env().SITE_URL,
    rows.map((r) => ({ ...articleUrl(editions, r), lastModified: r.updatedAt.toISOString() })),
  );
}

async function newsXml(): Promise<string> {
  const since = new Date(Date.now() - NEWS_WINDOW_MS);
  const editions = await getEditions();
  const rows = await db().article.findMany({
    where: { ...indexable(editions), publishedAt: { gte: since, lte: new Date() } },
    orderBy: { publishedAt: "desc" },
    take: 1000,
    select: { slug: true, title: true, publishedAt: true, language: true, tags: { select: { tag: { select: { name: true } } } } },
  });
  return renderNewsSitemap(
    env().SITE_URL,
    env().SITE_NAME,
    rows.map((r) => ({
      path: inEdition(paths.article(r.slug), r.language, editions),
      language: LANGUAGE_TAG[r.language],
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
