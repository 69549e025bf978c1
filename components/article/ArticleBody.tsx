import type { ReactNode } from "react";
import { withPublicMediaUrls } from "@/lib/media/public-url";
import { sanitizeArticleHtml } from "@/lib/sanitize/article-html";

const INLINE_AFTER_PARAGRAPH = 2;

/**
 * The article body, with `inline` (an ad) after paragraph `after` (the second by default) when
 * the body is long enough to carry it. The HTML was sanitized on save; it is sanitized again here, once per
 * cache fill, so that nothing stored by another path can reach a reader unfiltered.
 */
export function ArticleBody({ html, inline, after = INLINE_AFTER_PARAGRAPH }: { html: string; inline?: ReactNode; after?: number }) {
  const clean = withPublicMediaUrls(sanitizeArticleHtml(html));
  const parts = clean.split("</p>");
  if (!inline || parts.length <= after + 1) {
    return <div className="prose" dangerouslySetInnerHTML={{ __html: clean }} />;
  }
  const head = parts.slice(0, after).join("</p>") + "</p>";
  const tail = parts.slice(after).join("</p>");
  return (
    <div className="prose">
      <div dangerouslySetInnerHTML={{ __html: head }} />
      {inline}
      <div dangerouslySetInnerHTML={{ __html: tail }} />
    </div>
  );
}
