import { connection } from "next/server";
import { zenFeedXml } from "@/lib/feeds/feed-documents";
import { notFoundResponse, xmlResponse } from "@/lib/feeds/xml-response";
import { publishedLanguage } from "@/lib/editions/published-language";

/** The full-text feed for Дзен and Яндекс; a category with the slug "zen" keeps its page but not a feed here. */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  await connection();
  const language = await publishedLanguage((await params).lang);
  const xml = language ? await zenFeedXml(language) : null;
  return xml === null ? notFoundResponse() : xmlResponse(xml, "application/rss+xml");
}
