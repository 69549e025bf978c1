import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { z } from "zod";
import { cachedArg, isValid } from "@/lib/cache/cached-args";
import { HOME_LAYOUT_SETTING_KEY, listTags, TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { summarySelect, toSummary } from "@/lib/articles/mapping";
import type { ArticleSummary } from "@/lib/articles/types";
import { visibleToReaders } from "@/lib/articles/visibility";
import { parseHomeLayout, type HomeLayout } from "./layout";

export async function readHomeLayout(): Promise<HomeLayout> {
  const row = await db().setting.findUnique({ where: { key: HOME_LAYOUT_SETTING_KEY }, select: { value: true } });
  return parseHomeLayout(row?.value);
}

export async function getHomeLayout(): Promise<HomeLayout> {
  "use cache";
  cacheLife("max");
  cacheTag(TAGS.site, TAGS.home);
  return readHomeLayout();
}

/** The pinned articles readers may see, in the editors' order. */
export async function getPinnedArticles(ids: number[]): Promise<ArticleSummary[]> {
  "use cache";
  if (!isValid(z.array(cachedArg.id).max(5), ids)) return [];
  const wanted = ids.filter((id) => Number.isInteger(id) && id > 0 && id < 2 ** 31).slice(0, 5);
  const rows = wanted.length ? await db().article.findMany({ where: { ...visibleToReaders(), id: { in: wanted } }, select: summarySelect }) : [];
  cacheLife("max");
  // `lists` too: a pinned article being unpublished or published (a scheduled one) changes this.
  cacheTag(...listTags(wanted));
  return wanted.flatMap((id) => rows.filter((r) => r.id === id).map(toSummary));
}
