import "server-only";
import { db } from "@/lib/db";
import { pagePath } from "./page-paths";
import type { Language } from "@/lib/i18n/languages";

/**
 * Every page a reader can open, each top-level page followed by its children, with its last
 * change: for the sitemap (uncached, its caller caches).
 */
export async function readPublishedPagePaths(language?: Language): Promise<{ path: string; updatedAt: Date; language: Language }[]> {
  const tops = await db().page.findMany({
    where: { status: "PUBLISHED", parentId: null, ...(language ? { language } : {}) },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      slug: true,
      updatedAt: true,
      language: true,
      children: { where: { status: "PUBLISHED" }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { slug: true, updatedAt: true } },
    },
  });
  return tops.flatMap((top) => [
    { path: pagePath(top.slug), updatedAt: top.updatedAt, language: top.language },
    ...top.children.map((child) => ({ path: pagePath(child.slug, top.slug), updatedAt: child.updatedAt, language: top.language })),
  ]);
}
