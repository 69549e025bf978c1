import { env } from "@/lib/env";

/** An absolute URL on the public site (feeds, sitemaps and structured data need them). */
export function absoluteUrl(path: string): string {
  return new URL(path, env().SITE_URL).toString();
}
