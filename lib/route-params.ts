/**
 * Dynamic reader routes list one placeholder in generateStaticParams: it makes Next cache
 * every real URL after its first request, while the build itself never reads the database.
 */
export const BUILD_PLACEHOLDER = "__build__";

/** A page number from a URL segment: digits only, 2 and up (page 1 lives at the archive's own URL). */
export function parsePageNumber(segment: string): number | null {
  if (!/^[1-9][0-9]{0,5}$/.test(segment)) return null;
  const page = Number(segment);
  return page >= 2 ? page : null;
}

/** A slug as it can appear in our URLs: lowercase Latin letters, digits and hyphens. */
export function isWellFormedSlug(segment: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(segment) && segment.length <= 120;
}

/** The server rewrites "/" and "/kk" to /<lang>/front/main (lib/edge/edition-routing.ts); any other value is a 404. */
export const FRONT_EDITION = "main";
