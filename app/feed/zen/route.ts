import { connection } from "next/server";
import { zenFeedXml } from "@/lib/feeds/feed-documents";
import { xmlResponse } from "@/lib/feeds/xml-response";

/** The full-text feed for Дзен and Яндекс; a category with the slug "zen" keeps its page but not a feed here. */
export async function GET() {
  await connection();
  return xmlResponse(await zenFeedXml(), "application/rss+xml");
}
