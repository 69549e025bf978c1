import { XMLBuilder } from "fast-xml-parser";
import { withoutControlCharacters } from "@/lib/format/control-characters";

/** The sitemaps protocol's limit of URLs in one file. */
export const SITEMAP_PART_SIZE = 50_000;

/** `alternates`: the same page in each edition (hreflang → path), this one included, x-default among them. */
export type SitemapUrl = { path: string; lastModified?: string; alternates?: Record<string, string> };
export type NewsUrl = { path: string; title: string; publishedAt: string; keywords: string[]; language: string };

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
const XHTML_NS = "http://www.w3.org/1999/xhtml";
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true });

function document(root: Record<string, unknown>): string {
  // XML 1.0 cannot hold control characters; one in a title would break the sitemap.
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withoutControlCharacters(builder.build(root))}`;
}

const absolute = (siteUrl: string, path: string) => new URL(path, siteUrl).toString();

export function renderSitemapIndex(siteUrl: string, parts: SitemapUrl[]): string {
  return document({
    sitemapindex: {
      "@_xmlns": SITEMAP_NS,
      sitemap: parts.map((p) => ({ loc: absolute(siteUrl, p.path), ...(p.lastModified ? { lastmod: p.lastModified } : {}) })),
    },
  });
}

export function renderUrlSet(siteUrl: string, urls: SitemapUrl[]): string {
  const links = (u: SitemapUrl) =>
    u.alternates && Object.keys(u.alternates).length > 1
      ? {
          "xhtml:link": Object.entries(u.alternates).map(([hreflang, path]) => ({
            "@_rel": "alternate",
            "@_hreflang": hreflang,
            "@_href": absolute(siteUrl, path),
          })),
        }
      : {};
  return document({
    urlset: {
      "@_xmlns": SITEMAP_NS,
      ...(urls.some((u) => u.alternates) ? { "@_xmlns:xhtml": XHTML_NS } : {}),
      url: urls.map((u) => ({ loc: absolute(siteUrl, u.path), ...(u.lastModified ? { lastmod: u.lastModified } : {}), ...links(u) })),
    },
  });
}

export function renderNewsSitemap(siteUrl: string, publication: string, urls: NewsUrl[]): string {
  return document({
    urlset: {
      "@_xmlns": SITEMAP_NS,
      "@_xmlns:news": NEWS_NS,
      url: urls.map((u) => ({
        loc: absolute(siteUrl, u.path),
        "news:news": {
          "news:publication": { "news:name": publication, "news:language": u.language },
          "news:publication_date": u.publishedAt,
          "news:title": u.title,
          ...(u.keywords.length > 0 ? { "news:keywords": u.keywords.join(", ") } : {}),
        },
      })),
    },
  });
}

/** `articles-<n>.xml` parts for `count` articles, at most SITEMAP_PART_SIZE URLs each. */
export function articlePartCount(count: number, partSize = SITEMAP_PART_SIZE): number {
  return Math.max(1, Math.ceil(count / partSize));
}

export type SitemapFile = { kind: "sections" } | { kind: "news" } | { kind: "articles"; part: number };

/** The file name of a sitemap part, as it appears in /sitemaps/<file>. */
export function parseSitemapFile(file: string): SitemapFile | null {
  if (file === "sections.xml") return { kind: "sections" };
  if (file === "news.xml") return { kind: "news" };
  const match = /^articles-([1-9][0-9]{0,4})\.xml$/.exec(file);
  return match ? { kind: "articles", part: Number(match[1]) } : null;
}
