import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
import { cachedArg, isValid } from "@/lib/cache/cached-args";
import { getCategoryBySlug } from "@/lib/taxonomy/reads";
import { env } from "@/lib/env";
import { paths } from "@/lib/paths";
import { getFeedArticles } from "./feed-articles";
import { getBranding } from "@/lib/branding/reads";
import { feedImageBytes } from "./feed-image-bytes";
import { renderRss } from "./rss";
import { renderZenRss } from "./zen";

/** The site's feeds name and describe the outlet as «Оформление и реквизиты» does. */
async function siteChannel(selfPath: string) {
  const branding = await getBranding();
  const channel = {
    title: branding.name,
    description: branding.description || `${branding.name}: последние новости`,
    siteUrl: env().SITE_URL,
    selfPath,
    linkPath: paths.home(),
  };
  return { channel, adult: branding.ageMark === "18+" };
}

export async function siteFeedXml(): Promise<string> {
  "use cache";
  cacheLife("max");
  cacheTag(TAGS.site);
  const [{ channel }, articles] = await Promise.all([siteChannel(paths.feed()), getFeedArticles()]);
  return renderRss(channel, articles, await feedImageBytes(articles));
}

/** /feed/zen: the full-text feed for Дзен and Яндекс. */
export async function zenFeedXml(): Promise<string> {
  "use cache";
  cacheLife("max");
  cacheTag(TAGS.site);
  const [{ channel, adult }, articles] = await Promise.all([siteChannel(paths.zenFeed()), getFeedArticles()]);
  return renderZenRss(channel, articles, { adult, imageBytes: await feedImageBytes(articles) });
}

/** null for an unknown category. */
export async function categoryFeedXml(slug: string): Promise<string | null> {
  "use cache";
  cacheLife("max");
  cacheTag(TAGS.site);
  if (!isValid(cachedArg.slug, slug)) return null;
  const category = await getCategoryBySlug(slug);
  if (!category) return null;
  const { SITE_NAME, SITE_URL } = env();
  const channel = {
    title: `${category.name} — ${SITE_NAME}`,
    description: category.description || `${SITE_NAME}: рубрика «${category.name}»`,
    siteUrl: SITE_URL,
    selfPath: paths.feed(slug),
    linkPath: paths.category(slug),
  };
  const articles = await getFeedArticles(slug);
  return renderRss(channel, articles, await feedImageBytes(articles));
}
