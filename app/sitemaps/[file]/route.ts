import { connection } from "next/server";
import { notFoundResponse, xmlResponse } from "@/lib/feeds/xml-response";
import { sitemapPartXml } from "@/lib/seo/sitemap-documents";
import { parseSitemapFile } from "@/lib/seo/sitemap-xml";

/** /sitemaps/sections.xml, /sitemaps/articles-<n>.xml, /sitemaps/news.xml (Google News, last 48 hours). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  await connection();
  const file = parseSitemapFile((await params).file);
  const xml = file ? await sitemapPartXml(file) : null;
  return xml === null ? notFoundResponse() : xmlResponse(xml);
}
