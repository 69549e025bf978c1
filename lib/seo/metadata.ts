import type { Metadata } from "next";
import type { ArticleFull, CoverImage } from "@/lib/articles/types";
import { env } from "@/lib/env";
import { pickWidth, PREVIEW_WIDTH } from "@/lib/media/paths";
import { paths } from "@/lib/paths";
import { pageDescription } from "@/lib/pages/description";
import type { PublishedPage } from "@/lib/pages/types";

export type FeedLink = { title: string; url: string };

type PageMetadataInput = {
  title: string | { absolute: string };
  description: string;
  /** The canonical path of the page. */
  path: string;
  /** RSS feeds of this page besides the site's own (linked from the root layout). */
  feeds?: FeedLink[];
  noindex?: boolean;
};

function plainTitle(title: PageMetadataInput["title"]): string {
  return typeof title === "string" ? title : title.absolute;
}

/** Title, description, canonical URL, OpenGraph and Twitter tags of an ordinary page. */
export function pageMetadata({ title, description, path, feeds, noindex }: PageMetadataInput): Metadata {
  const { SITE_NAME } = env();
  return {
    title,
    description,
    alternates: { canonical: path, ...(feeds?.length ? { types: { "application/rss+xml": feeds } } : {}) },
    openGraph: { type: "website", url: path, title: plainTitle(title), description, siteName: SITE_NAME, locale: "ru_RU" },
    twitter: { card: "summary", title: plainTitle(title), description },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

export type SocialImage = { url: string; width: number; height: number; alt: string; type: string };

export const GENERATED_IMAGE_SIZE = { width: 1200, height: 630 };

/**
 * The cover as JPEG at the stored width nearest 1200 px (VK, Telegram's older apps and Дзен take
 * no WebP), or the generated picture with the title when there is none.
 */
export function socialImage(article: { slug: string; title: string; cover: CoverImage | null }): SocialImage {
  const cover = article.cover;
  if (!cover) return { url: paths.socialImage(article.slug), ...GENERATED_IMAGE_SIZE, alt: article.title, type: "image/png" };
  const width = pickWidth(cover.widths, PREVIEW_WIDTH);
  return {
    url: paths.mediaJpeg(cover.key, width),
    width,
    height: Math.round((cover.height * width) / cover.width),
    alt: cover.alt || article.title,
    type: "image/jpeg",
  };
}

/** The article's SEO fields where set («SEO и соцсети» in the editor), its own title, lead and cover where not. */
export function articleMetadata(article: ArticleFull): Metadata {
  const { SITE_NAME } = env();
  const path = paths.article(article.slug);
  const image = socialImage({ ...article, cover: article.seo.image ?? article.cover });
  const title = article.seo.title || article.title;
  const description = article.seo.description || article.lead || article.title;
  return {
    title: article.seo.title ? { absolute: article.seo.title } : article.title,
    description,
    authors: article.authors.map((a) => ({ name: a.name, url: paths.author(a.slug) })),
    keywords: article.tags.map((t) => t.name),
    alternates: { canonical: article.seo.canonicalUrl || path },
    ...(article.seo.noindex ? { robots: { index: false, follow: true } } : {}),
    openGraph: {
      type: "article",
      url: path,
      title,
      description,
      siteName: SITE_NAME,
      locale: "ru_RU",
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: article.category.name,
      tags: article.tags.map((t) => t.name),
      authors: article.authors.map((a) => new URL(paths.author(a.slug), env().SITE_URL).toString()),
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description, images: [{ url: image.url, alt: image.alt }] },
  };
}

export function staticPageMetadata(page: PublishedPage): Metadata {
  return pageMetadata({ title: page.title, description: pageDescription(page.bodyHtml, page.title), path: page.path });
}
