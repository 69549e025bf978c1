import type { Prisma } from "@/lib/generated/prisma/client";

/** Readers see published pages; a child only while its parent is published too. */
export function publishedTopLevel(slug?: string): Prisma.PageWhereInput {
  return { status: "PUBLISHED", parentId: null, ...(slug === undefined ? {} : { slug }) };
}

export function publishedChild(parentSlug: string, slug: string): Prisma.PageWhereInput {
  return { status: "PUBLISHED", slug, parent: publishedTopLevel(parentSlug) };
}
