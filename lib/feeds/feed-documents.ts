import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
import { cachedArg, isValid } from "@/lib/cache/cached-args";
import { getCategoryBySlug } from "@/lib/taxonomy/reads";
import { env } from "@/lib/env";
import { paths } from "@/lib/paths";
import { getFeedArticles } from "./feed-articles";
import { renderRss } from "./rss";

export async function siteFeedXml(): Promise<string> {
  "use cache";
  cacheLife("max");
  cacheTag(TAGS.site);
  const { SITE_NAME, SITE_URL } = env();
  const channel = { title: SITE_NAME, description: `${SITE_NAME}: последние новости`, siteUrl: SITE_URL, selfPath: paths.feed(), linkPath: paths.home() };
  return renderRss(channel, await getFeedArticles());
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
  return renderRss(channel, await getFeedArticles(slug));
}
