import { articleUrlParts } from "@/lib/paths";
import { isWellFormedSlug } from "@/lib/route-params";
import { TAGS } from "./tags";

const SUMMARY_PREFIX = TAGS.summary(0).slice(0, -1);

function isArticlePage(pathname: string): boolean {
  const parts = articleUrlParts(pathname);
  return parts !== null && isWellFormedSlug(parts.slug);
}

/**
 * Splits a page's tags into those that make it stale at once and those that may wait. On an
 * article's page the lists («Последние новости», «Вам также может понравиться»…) are sidebars
 * next to its own content: when only they changed, the page may lag SIDEBAR_LAG_SECONDS, so that
 * a busy newsroom does not re-render every article page on every publish.
 */
export function splitSidebarTags(tags: Iterable<string>, pathname: string): { tags: string[]; softTags: string[] } {
  const all = [...tags];
  if (!isArticlePage(pathname)) return { tags: all, softTags: [] };
  const isList = (tag: string) => tag === TAGS.lists || tag.startsWith(SUMMARY_PREFIX);
  return { tags: all.filter((tag) => !isList(tag)), softTags: all.filter(isList) };
}
