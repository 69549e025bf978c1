import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { TAGS } from "@/lib/cache/tags";
import { cachedArg, isValid } from "@/lib/cache/cached-args";
import type { AuthorRef } from "./types";
import type { Category } from "./types";
import type { Language } from "@/lib/i18n/languages";

export async function getCategories(): Promise<Category[]> {
  "use cache";
  cacheLife("max");
  cacheTag(TAGS.site);
  return db().category.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, name: true, slug: true, description: true, parentId: true, kkName: true, kkSlug: true },
  });
}

/** The categories an edition shows, named in its language: in Kazakh, those that have a Kazakh name and slug. */
export async function getEditionCategories(language: Language): Promise<Category[]> {
  const categories = await getCategories();
  if (language === "ru") return categories;
  return categories.flatMap((c) => (c.kkName && c.kkSlug ? [{ ...c, name: c.kkName, slug: c.kkSlug }] : []));
}

export async function getCategoryBySlug(language: Language, slug: string): Promise<Category | null> {
  const categories = await getEditionCategories(language);
  return categories.find((c) => c.slug === slug) ?? null;
}

export async function getTagBySlug(language: Language, slug: string): Promise<{ name: string; slug: string } | null> {
  "use cache";
  if (!isValid(cachedArg.language, language) || !isValid(cachedArg.slug, slug)) return null;
  cacheLife("max");
  // A tag or author with nothing published yet has no archive; their first article changes the lists.
  cacheTag(TAGS.site, TAGS.lists);
  return db().tag.findFirst({ where: { slug, language }, select: { name: true, slug: true } });
}

export type AuthorProfile = AuthorRef & { bio: string; jobTitle: string; avatar: { key: string; width: number; height: number; widths: number[] } | null };

export async function getAuthorBySlug(slug: string): Promise<AuthorProfile | null> {
  "use cache";
  if (!isValid(cachedArg.slug, slug)) return null;
  cacheLife("max");
  cacheTag(TAGS.site, TAGS.lists);
  return db().user.findUnique({
    where: { slug },
    select: { name: true, slug: true, bio: true, jobTitle: true, avatar: { select: { key: true, width: true, height: true, widths: true } } },
  });
}
