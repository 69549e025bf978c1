import { connection } from "next/server";
import { siteFeedXml } from "@/lib/feeds/feed-documents";
import { xmlResponse } from "@/lib/feeds/xml-response";

/** Site-wide RSS 2.0. connection(): rendered on request, never at build (no database then). */
export async function GET() {
  await connection();
  return xmlResponse(await siteFeedXml(), "application/rss+xml");
}
