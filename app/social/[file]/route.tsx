import { connection } from "next/server";
import { getArticleBySlug } from "@/lib/data/articles";
import { notFoundResponse } from "@/lib/feeds/xml-response";
import { socialCard } from "@/lib/og/social-card";
import { isWellFormedSlug } from "@/lib/route-params";
import { siteName } from "@/lib/site";

/** /social/<article-slug>.png: the generated social image of an article. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  await connection();
  const slug = /^(.+)\.png$/.exec((await params).file)?.[1];
  const article = slug && isWellFormedSlug(slug) ? await getArticleBySlug(slug) : null;
  if (!article) return notFoundResponse();
  return socialCard({ title: article.title, section: article.category.name, siteName: siteName() });
}
