import { connection } from "next/server";
import { categoryFeedXml } from "@/lib/feeds/feed-documents";
import { notFoundResponse, xmlResponse } from "@/lib/feeds/xml-response";
import { isWellFormedSlug } from "@/lib/route-params";

/** RSS 2.0 of one category. */
export async function GET(_request: Request, { params }: { params: Promise<{ category: string }> }) {
  await connection();
  const { category } = await params;
  const xml = isWellFormedSlug(category) ? await categoryFeedXml(category) : null;
  return xml === null ? notFoundResponse() : xmlResponse(xml, "application/rss+xml");
}
