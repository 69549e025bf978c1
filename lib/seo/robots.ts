/** robots.txt: everything readers see may be crawled; the newsroom, APIs and search results not. */
export function robotsTxt(siteUrl: string): string {
  const url = (path: string) => new URL(path, siteUrl).toString();
  return [
    "User-agent: *",
    "Allow: /",
    "Disallow: /admin",
    "Disallow: /api/",
    "Disallow: /search",
    "",
    `Sitemap: ${url("/sitemap.xml")}`,
    `Sitemap: ${url("/sitemaps/news.xml")}`,
    "",
  ].join("\n");
}
