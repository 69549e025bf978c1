import { connection } from "next/server";
import { categoryFeedXml } from "@/lib/feeds/feed-documents";
import { notFoundResponse, xmlResponse } from "@/lib/feeds/xml-response";
import { publishedLanguage } from "@/lib/editions/published-language";
import { isWellFormedSlug } from "@/lib/route-params";

/** RSS 2.0 of one category in an edition. */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; category: string }> }) {
  await connection();
  const { lang, category } = await params;
  const language = await publishedLanguage(lang);
  const xml = language && isWellFormedSlug(category) ? await categoryFeedXml(language, category) : null;
  return xml === null ? notFoundResponse() : xmlResponse(xml, "application/rss+xml");
}
