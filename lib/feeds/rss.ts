import { XMLBuilder } from "fast-xml-parser";
import { LANGUAGE_TAG, type Language } from "@/lib/i18n/languages";
import { withoutControlCharacters } from "@/lib/format/control-characters";
import type { ArticleFull } from "@/lib/articles/types";
import { paths } from "@/lib/paths";
import { imageElements, type FeedImageBytes } from "./feed-images";

/** `language` and `prefix`: the edition the feed is of ("" for the default one's, "/kk" for Kazakh's, see lib/i18n/editions.ts). */
export type FeedChannel = { title: string; description: string; siteUrl: string; selfPath: string; linkPath: string; language?: Language; prefix?: string };

const NAMESPACES = {
  "@_xmlns:atom": "http://www.w3.org/2005/Atom",
  "@_xmlns:content": "http://purl.org/rss/1.0/modules/content/",
  "@_xmlns:dc": "http://purl.org/dc/elements/1.1/",
  "@_xmlns:media": "http://search.yahoo.com/mrss/",
};

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", cdataPropName: "#cdata", format: true, suppressEmptyNode: true });

/** The builder splits a "]]>" inside the text across two sections. */
function cdata(text: string) {
  return { "#cdata": text };
}

/**
 * The stable identity of an article in feeds: its id, not its URL, so that a corrected slug
 * does not make feed readers show the article again.
 */
export function articleGuid(siteUrl: string, id: number): string {
  return `tag:${new URL(siteUrl).hostname},2026:article-${id}`;
}

/** RFC 822 dates, as RSS 2.0 requires. */
function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

function item({ siteUrl, prefix = "" }: FeedChannel, article: ArticleFull, imageBytes: FeedImageBytes | undefined) {
  const link = new URL(prefix + paths.article(article.slug), siteUrl).toString();
  return {
    title: article.title,
    link,
    guid: { "@_isPermaLink": "false", "#text": articleGuid(siteUrl, article.id) },
    pubDate: rfc822(article.publishedAt),
    "dc:creator": article.author.name,
    category: [article.category.name, ...article.tags.map((t) => t.name)],
    description: article.lead,
    "content:encoded": cdata(article.bodyHtml),
    ...imageElements(siteUrl, article.cover, imageBytes),
  };
}

/**
 * An RSS 2.0 document with the full text of each article in content:encoded and its cover as a
 * JPEG <enclosure> (`imageBytes` gives the lengths).
 */
export function renderRss(channel: FeedChannel, articles: ArticleFull[], imageBytes?: FeedImageBytes): string {
  const link = new URL(channel.linkPath, channel.siteUrl).toString();
  const self = new URL(channel.selfPath, channel.siteUrl).toString();
  const newest = articles[0]?.publishedAt;
  const xml = builder.build({
    rss: {
      "@_version": "2.0",
      ...NAMESPACES,
      channel: {
        title: channel.title,
        link,
        description: channel.description,
        language: LANGUAGE_TAG[channel.language ?? "ru"],
        ...(newest ? { lastBuildDate: rfc822(newest) } : {}),
        "atom:link": { "@_href": self, "@_rel": "self", "@_type": "application/rss+xml" },
        item: articles.map((a) => item(channel, a, imageBytes)),
      },
    },
  });
  // XML 1.0 cannot hold control characters; one in a title (typed in psql, say) would break the feed.
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withoutControlCharacters(xml)}`;
}
