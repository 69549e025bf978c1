import { env } from "@/lib/env";
import { escapeHtml } from "./message";

/** The small page a link from a mail answers with: the site's name, a heading and a sentence. */
export function answerPage(status: number, title: string, text: string): Response {
  const { SITE_NAME, SITE_URL } = env();
  const html =
    `<!doctype html><html lang="ru"><head><meta charset="utf-8"><meta name="robots" content="noindex">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} — ${escapeHtml(SITE_NAME)}</title></head>` +
    `<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>` +
    `<p><a href="${escapeHtml(new URL("/", SITE_URL).toString())}">${escapeHtml(SITE_NAME)}: на главную</a></p></main></body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" } });
}
