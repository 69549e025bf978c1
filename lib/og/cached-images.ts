import "server-only";
import { cacheLife } from "next/cache";
import { cachedArg, isValid } from "@/lib/cache/cached-args";
import { getArticleBySlug } from "@/lib/articles/reads";
import { siteName } from "@/lib/site";
import { socialCard } from "./social-card";

/**
 * Drawing a picture costs 50–90 ms of CPU: each is drawn once and kept (the social card until its
 * article changes), so that asking for one again costs a visitor's request, not the server's.
 */
export async function socialCardPng(slug: string): Promise<Uint8Array | null> {
  "use cache";
  cacheLife("max");
  if (!isValid(cachedArg.slug, slug)) return null;
  // Slugs are unique across editions: the picture is the article's, in whichever edition it is.
  const article = (await getArticleBySlug("ru", slug)) ?? (await getArticleBySlug("kk", slug));
  if (!article) return null;
  const response = await socialCard({ title: article.title, section: article.category.name, siteName: siteName() });
  return new Uint8Array(await response.arrayBuffer());
}

export function pngResponse(bytes: Uint8Array): Response {
  return new Response(bytes as BodyInit, { headers: { "content-type": "image/png", "cache-control": "public, max-age=86400" } });
}
