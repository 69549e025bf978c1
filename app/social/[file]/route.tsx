import { connection } from "next/server";
import { notFoundResponse } from "@/lib/feeds/xml-response";
import { pngResponse, socialCardPng } from "@/lib/og/cached-images";
import { isWellFormedSlug } from "@/lib/route-params";

/** /social/<article-slug>.png: the generated social image of an article. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  await connection();
  const slug = /^(.+)\.png$/.exec((await params).file)?.[1];
  const png = slug && isWellFormedSlug(slug) ? await socialCardPng(slug) : null;
  return png ? pngResponse(png) : notFoundResponse();
}
