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
import { editionPrefix, withEditionPrefix } from "@/lib/editions/editions";
import { fill } from "@/lib/i18n/format";
import type { Language } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { getEditions } from "@/lib/editions/reads";

/** What a feed of an edition needs: its language, its paths' prefix and its strings. */
async function feedEdition(language: Language) {
  const prefix = editionPrefix(language, await getEditions());
  return { language, prefix, t: messagesFor(language).feeds, inEdition: (path: string) => withEditionPrefix(prefix, path) };
}

/** The site's feeds name and describe the outlet as «Оформление и реквизиты» does. */
async function siteChannel(language: Language, selfPath: string) {
  const branding = await getBranding();
  const { prefix, t, inEdition } = await feedEdition(language);
  const channel = {
    title: branding.name,
    // The outlet's own description is written in the default language.
    description: (prefix === "" && branding.description) || fill(t.siteDescription, { site: branding.name }),
    siteUrl: env().SITE_URL,
    selfPath: inEdition(selfPath),
    linkPath: inEdition(paths.home()),
    language,
    prefix,
  };
  return { channel, adult: branding.ageMark === "18+" };
}

export async function siteFeedXml(language: Language): Promise<string | null> {
  "use cache";
  cacheLife("max");
  cacheTag(TAGS.site);
  if (!isValid(cachedArg.language, language)) return null;
  const [{ channel }, articles] = await Promise.all([siteChannel(language, paths.feed()), getFeedArticles(language)]);
  return renderRss(channel, articles, await feedImageBytes(articles));
}

/** /feed/zen: the full-text feed for Дзен and Яндекс. */
export async function zenFeedXml(language: Language): Promise<string | null> {
  "use cache";
  cacheLife("max");
  cacheTag(TAGS.site);
  if (!isValid(cachedArg.language, language)) return null;
  const [{ channel, adult }, articles] = await Promise.all([siteChannel(language, paths.zenFeed()), getFeedArticles(language)]);
  return renderZenRss(channel, articles, { adult, imageBytes: await feedImageBytes(articles) });
}

/** null for an unknown category. */
export async function categoryFeedXml(language: Language, slug: string): Promise<string | null> {
  "use cache";
  cacheLife("max");
  cacheTag(TAGS.site);
  if (!isValid(cachedArg.language, language) || !isValid(cachedArg.slug, slug)) return null;
  const category = await getCategoryBySlug(language, slug);
  if (!category) return null;
  const { SITE_NAME, SITE_URL } = env();
  const { prefix, t, inEdition } = await feedEdition(language);
  const channel = {
    title: `${category.name} — ${SITE_NAME}`,
    description: (prefix === "" && category.description) || fill(t.categoryDescription, { site: SITE_NAME, category: category.name }),
    siteUrl: SITE_URL,
    selfPath: inEdition(paths.feed(slug)),
    linkPath: inEdition(paths.category(slug)),
    language,
    prefix,
  };
  const articles = await getFeedArticles(language, slug);
  return renderRss(channel, articles, await feedImageBytes(articles));
}
