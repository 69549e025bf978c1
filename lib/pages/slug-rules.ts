import { RESERVED_SLUGS } from "@/lib/paths";

/**
 * First path segments that belong to the app's own routes (app/, app/(site)) or to Next, beyond
 * those no article may take either (lib/paths.ts). Pages share the article namespace (/<slug>),
 * and a child page's slug is kept off them too, so that moving it to the top level stays safe.
 */
const ROUTE_SEGMENTS = ["sitemaps", "social", "sitemap.xml", "robots.txt", "logo.png", "favicon.ico"];

export const RESERVED_PAGE_SLUGS: ReadonlySet<string> = new Set([...RESERVED_SLUGS, ...ROUTE_SEGMENTS]);

export function isReservedPageSlug(slug: string): boolean {
  return RESERVED_PAGE_SLUGS.has(slug);
}
