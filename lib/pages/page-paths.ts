import { paths } from "@/lib/paths";

/** A page's URL: /<slug> at the top, /<parent>/<slug> under a top-level page. */
export function pagePath(slug: string, parentSlug?: string | null): string {
  return parentSlug ? `${paths.article(parentSlug)}/${slug}` : paths.article(slug);
}
