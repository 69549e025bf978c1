import type { Metadata } from "next";
import type { ArticleFull } from "@/lib/articles/types";
import { env } from "@/lib/env";
import { paths } from "@/lib/paths";
import { pageDescription } from "@/lib/pages/description";
import type { PublishedPage } from "@/lib/pages/types";
import { editionOrNull } from "@/lib/editions/edition";
import { LANGUAGE_TAG, OG_LOCALE, type Language } from "@/lib/i18n/languages";
import { socialImage } from "./social-image";

export { GENERATED_IMAGE_SIZE, socialImage, type SocialImage } from "./social-image";

export type FeedLink = { title: string; url: string };

type PageMetadataInput = {
  title: string | { absolute: string };
  description: string;
  /** The canonical path of the page. */
  path: string;
  /** RSS feeds of this page besides the site's own (linked from the root layout). */
  feeds?: FeedLink[];
  noindex?: boolean;
  /** The same page in each edition that has it (hreflang); by default only this one. */
  editions?: Partial<Record<Language, string>>;
};

/** hreflang alternates of a page in the editions the site publishes, with the default edition's as x-default. */
export function languageAlternates(editions: Partial<Record<Language, string>>): Record<string, string> | undefined {
  const current = editionOrNull();
  if (!current) return undefined;
  const languages: Record<string, string> = {};
  for (const language of current.editions.enabled) {
    const path = editions[language];
    if (path) languages[LANGUAGE_TAG[language]] = path;
  }
  const fallback = editions[current.editions.default] ?? editions[current.language];
  if (fallback) languages["x-default"] = fallback;
  return languages;
}

/** The same site path in every edition (home, search…). */
export function inEveryEdition(sitePath: string): Partial<Record<Language, string>> {
  const current = editionOrNull();
  if (!current) return {};
  return Object.fromEntries(current.editions.enabled.map((language) => [language, current.pathIn(sitePath, language)]));
}

/** A site path in `language`'s edition (as it is, outside a reader render). */
function inEdition(language: Language, sitePath: string): string {
  const current = editionOrNull();
  return current ? current.pathIn(sitePath, language) : sitePath;
}

function ogLocale(): string {
  return OG_LOCALE[editionOrNull()?.language ?? "ru"];
}

function plainTitle(title: PageMetadataInput["title"]): string {
  return typeof title === "string" ? title : title.absolute;
}

/** Title, description, canonical URL, OpenGraph and Twitter tags of an ordinary page. */
export function pageMetadata({ title, description, path, feeds, noindex, editions }: PageMetadataInput): Metadata {
  const { SITE_NAME } = env();
  const current = editionOrNull()?.language;
  const languages = languageAlternates(editions ?? (current ? { [current]: path } : {}));
  return {
    title,
    description,
    alternates: { canonical: path, ...(languages ? { languages } : {}), ...(feeds?.length ? { types: { "application/rss+xml": feeds } } : {}) },
    openGraph: { type: "website", url: path, title: plainTitle(title), description, siteName: SITE_NAME, locale: ogLocale() },
    twitter: { card: "summary", title: plainTitle(title), description },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** The article's SEO fields where set («SEO и соцсети» in the editor), its own title, lead and cover where not. */
export function articleMetadata(article: ArticleFull): Metadata {
  const { SITE_NAME } = env();
  const path = inEdition(article.language, paths.article(article.slug));
  const languages = languageAlternates({
    [article.language]: path,
    ...(article.translation ? { [article.translation.language]: inEdition(article.translation.language, paths.article(article.translation.slug)) } : {}),
  });
  const image = socialImage({ ...article, cover: article.seo.image ?? article.cover });
  const title = article.seo.title || article.title;
  const description = article.seo.description || article.lead || article.title;
  return {
    title: article.seo.title ? { absolute: article.seo.title } : article.title,
    description,
    authors: article.authors.map((a) => ({ name: a.name, url: inEdition(article.language, paths.author(a.slug)) })),
    keywords: article.tags.map((t) => t.name),
    alternates: { canonical: article.seo.canonicalUrl || path, ...(languages ? { languages } : {}) },
    ...(article.seo.noindex ? { robots: { index: false, follow: true } } : {}),
    openGraph: {
      type: "article",
      url: path,
      title,
      description,
      siteName: SITE_NAME,
      locale: OG_LOCALE[article.language],
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: article.category.name,
      tags: article.tags.map((t) => t.name),
      authors: article.authors.map((a) => new URL(inEdition(article.language, paths.author(a.slug)), env().SITE_URL).toString()),
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description, images: [{ url: image.url, alt: image.alt }] },
  };
}

export function staticPageMetadata(page: PublishedPage): Metadata {
  const path = inEdition(page.language, page.path);
  const editions = {
    [page.language]: path,
    ...(page.translation ? { [page.translation.language]: inEdition(page.translation.language, page.translation.path) } : {}),
  };
  return pageMetadata({ title: page.title, description: pageDescription(page.bodyHtml, page.title), path, editions });
}
