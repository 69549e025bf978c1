/** Strict-Transport-Security for a site served at `siteUrl`: only over https (on http it would lock visitors out). */
export function hstsHeader(siteUrl: string): string | null {
  return new URL(siteUrl).protocol === "https:" ? "max-age=31536000; includeSubDomains" : null;
}
