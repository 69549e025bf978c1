import "server-only";
import { db } from "@/lib/db";
import { pagePath } from "./page-paths";

/**
 * Every page a reader can open, each top-level page followed by its children, with its last
 * change: for the sitemap (uncached, its caller caches).
 */
export async function readPublishedPagePaths(): Promise<{ path: string; updatedAt: Date }[]> {
  const tops = await db().page.findMany({
    where: { status: "PUBLISHED", parentId: null },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      slug: true,
      updatedAt: true,
      children: { where: { status: "PUBLISHED" }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { slug: true, updatedAt: true } },
    },
  });
  return tops.flatMap((top) => [
    { path: pagePath(top.slug), updatedAt: top.updatedAt },
    ...top.children.map((child) => ({ path: pagePath(child.slug, top.slug), updatedAt: child.updatedAt })),
  ]);
}
