import { connection } from "next/server";
import { siteFeedXml } from "@/lib/feeds/feed-documents";
import { notFoundResponse, xmlResponse } from "@/lib/feeds/xml-response";
import { publishedLanguage } from "@/lib/editions/published-language";

/** An edition's RSS 2.0 (/feed, /kk/feed). connection(): rendered on request, never at build (no database then). */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  await connection();
  const language = await publishedLanguage((await params).lang);
  const xml = language ? await siteFeedXml(language) : null;
  return xml === null ? notFoundResponse() : xmlResponse(xml, "application/rss+xml");
}
