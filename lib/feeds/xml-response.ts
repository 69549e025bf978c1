/** Feeds and sitemaps: readers and crawlers may keep them a few minutes. */
export function xmlResponse(xml: string, contentType = "application/xml"): Response {
  return new Response(xml, {
    headers: { "content-type": `${contentType}; charset=utf-8`, "cache-control": "public, max-age=300" },
  });
}

export function notFoundResponse(): Response {
  return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}
