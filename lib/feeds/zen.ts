import { XMLBuilder } from "fast-xml-parser";
import { LANGUAGE_TAG } from "@/lib/i18n/languages";
import type { ArticleFull } from "@/lib/articles/types";
import { withoutControlCharacters } from "@/lib/format/control-characters";
import { paths } from "@/lib/paths";
import { imageElements, type FeedImageBytes } from "./feed-images";
import { plainText } from "./plain-text";
import { articleGuid, type FeedChannel } from "./rss";

const NAMESPACES = {
  "@_xmlns:atom": "http://www.w3.org/2005/Atom",
  "@_xmlns:content": "http://purl.org/rss/1.0/modules/content/",
  "@_xmlns:media": "http://search.yahoo.com/mrss/",
  "@_xmlns:yandex": "http://news.yandex.ru",
};

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", cdataPropName: "#cdata", format: true, suppressEmptyNode: true });

const STORED_WEBP = /^\/media\/([a-z0-9][a-z0-9_-]{0,127})\/([1-9][0-9]{1,4})\.webp$/;

/**
 * The body as Дзен takes it: absolute addresses, the site's own images as JPEG (it takes no
 * WebP), and no srcset to pick a WebP from.
 */
export function zenBodyHtml(html: string, siteUrl: string): string {
  const origin = new URL(siteUrl).origin;
  return html.replace(/\s(srcset|sizes)="[^"]*"/g, "").replace(/\s(src|href)="([^"]*)"/g, (whole, attribute: string, value: string) => {
    const path = value.startsWith(`${origin}/`) ? value.slice(origin.length) : value;
    if (!path.startsWith("/") || path.startsWith("//")) return whole;
    const stored = STORED_WEBP.exec(path);
    return ` ${attribute}="${origin}${stored ? paths.mediaJpeg(stored[1]!, Number(stored[2])) : path}"`;
  });
}

function item({ siteUrl, prefix = "" }: FeedChannel, article: ArticleFull, adult: boolean, imageBytes: FeedImageBytes | undefined) {
  return {
    title: article.title,
    link: new URL(prefix + paths.article(article.slug), siteUrl).toString(),
    guid: { "@_isPermaLink": "false", "#text": articleGuid(siteUrl, article.id) },
    pubDate: new Date(article.publishedAt).toUTCString(),
    author: article.author.name,
    category: article.category.name,
    "media:rating": { "@_scheme": "urn:simple", "#text": adult ? "adult" : "nonadult" },
    description: article.lead,
    ...imageElements(siteUrl, article.cover, imageBytes),
    "content:encoded": { "#cdata": zenBodyHtml(article.bodyHtml, siteUrl) },
    "yandex:full-text": plainText(article.bodyHtml),
  };
}

/**
 * The full-text feed for Дзен and Яндекс (/feed/zen): RSS 2.0 with the HTML in content:encoded,
 * the plain text in yandex:full-text, the cover as a JPEG <enclosure>, and the age rating.
 */
export function renderZenRss(channel: FeedChannel, articles: ArticleFull[], options: { adult: boolean; imageBytes?: FeedImageBytes }): string {
  const xml = builder.build({
    rss: {
      "@_version": "2.0",
      ...NAMESPACES,
      channel: {
        title: channel.title,
        link: new URL(channel.linkPath, channel.siteUrl).toString(),
        description: channel.description,
        language: LANGUAGE_TAG[channel.language ?? "ru"],
        "atom:link": { "@_href": new URL(channel.selfPath, channel.siteUrl).toString(), "@_rel": "self", "@_type": "application/rss+xml" },
        item: articles.map((a) => item(channel, a, options.adult, options.imageBytes)),
      },
    },
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withoutControlCharacters(xml)}`;
}
