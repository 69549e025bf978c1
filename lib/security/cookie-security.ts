/** Cookies are `Secure` exactly when the site is served over https (SITE_URL), whatever NODE_ENV says. */
export function cookiesAreSecure(siteUrl: string): boolean {
  return new URL(siteUrl).protocol === "https:";
}
