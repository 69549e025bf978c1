import { connection } from "next/server";
import { xmlResponse } from "@/lib/feeds/xml-response";
import { sitemapIndexXml } from "@/lib/seo/sitemap-documents";

export async function GET() {
  await connection();
  return xmlResponse(await sitemapIndexXml());
}
