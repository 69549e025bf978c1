import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { TAGS } from "@/lib/cache/tags";
import { cachedArg, isValid } from "@/lib/cache/cached-args";
import { pagePath } from "./page-paths";
import { readPublishedPagePaths } from "./published-paths";
import type { PageLink, PublishedPage } from "./types";
import { publishedChild, publishedTopLevel } from "./visibility";
import type { Language } from "@/lib/i18n/languages";

const ORDER = [{ position: "asc" as const }, { id: "asc" as const }];
const LINK_SELECT = { title: true, slug: true } as const;

/** A published page at /<slug> or /<parent>/<slug>; null for any other path. */
export async function getPublishedPage(language: Language, segments: readonly string[]): Promise<PublishedPage | null> {
  "use cache";
  cacheLife("max");
  cacheTag(TAGS.site, TAGS.pages);
  if (!isValid(cachedArg.language, language) || !isValid(cachedArg.pagePath, segments)) return null;
  const [first, second] = segments as [string, string | undefined];
  const row = await db().page.findFirst({
    where: { ...(second === undefined ? publishedTopLevel(first) : publishedChild(first, second)), language },
    select: {
      id: true,
      title: true,
      slug: true,
      bodyHtml: true,
      createdAt: true,
      updatedAt: true,
      parent: { select: LINK_SELECT },
      translationOf: { select: { slug: true, language: true, status: true, parent: { select: { slug: true } } } },
      translation: { select: { slug: true, language: true, status: true, parent: { select: { slug: true } } } },
      children: { where: { status: "PUBLISHED" }, orderBy: ORDER, select: LINK_SELECT },
    },
  });
  if (!row) return null;
  const parent = row.parent ? { ...row.parent, path: pagePath(row.parent.slug) } : null;
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    path: pagePath(row.slug, parent?.slug),
    bodyHtml: row.bodyHtml,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    parent,
    children: row.children.map((c) => ({ ...c, path: pagePath(c.slug, row.slug) })),
    language,
    translation: publishedTranslation(row.translationOf ?? row.translation),
  };
}

type TranslationRow = { slug: string; language: Language; status: string; parent: { slug: string } | null };

function publishedTranslation(row: TranslationRow | null): PublishedPage["translation"] {
  return row && row.status === "PUBLISHED" ? { language: row.language, path: pagePath(row.slug, row.parent?.slug) } : null;
}

/** The published top-level pages of an edition, in their order: the footer's links. */
export async function getFooterPages(language: Language): Promise<PageLink[]> {
  "use cache";
  cacheLife("max");
  cacheTag(TAGS.site, TAGS.pages);
  if (!isValid(cachedArg.language, language)) return [];
  const rows = await db().page.findMany({ where: { ...publishedTopLevel(), language }, orderBy: ORDER, select: LINK_SELECT });
  return rows.map((r) => ({ ...r, path: pagePath(r.slug) }));
}

/**
 * The paths of every published page, as one cached entry: a route checks a URL against it before
 * reading the page, so that made-up URLs do not each fill the data cache with an empty read.
 */
export async function getPublishedPagePaths(language: Language): Promise<string[]> {
  "use cache";
  cacheLife("max");
  cacheTag(TAGS.site, TAGS.pages);
  if (!isValid(cachedArg.language, language)) return [];
  return (await readPublishedPagePaths(language)).map((p) => p.path);
}
