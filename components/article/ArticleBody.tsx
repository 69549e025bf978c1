import type { ReactNode } from "react";
import { sanitizeArticleHtml } from "@/lib/sanitize/article-html";

const INLINE_AFTER_PARAGRAPH = 2;

/**
 * The article body, with `inline` (an ad) after the second paragraph when the body is long
 * enough to carry it. The HTML was sanitized on save; it is sanitized again here, once per
 * cache fill, so that nothing stored by another path can reach a reader unfiltered.
 */
export function ArticleBody({ html, inline }: { html: string; inline?: ReactNode }) {
  const clean = sanitizeArticleHtml(html);
  const parts = clean.split("</p>");
  if (!inline || parts.length <= INLINE_AFTER_PARAGRAPH + 1) {
    return <div className="prose" dangerouslySetInnerHTML={{ __html: clean }} />;
  }
  const head = parts.slice(0, INLINE_AFTER_PARAGRAPH).join("</p>") + "</p>";
  const tail = parts.slice(INLINE_AFTER_PARAGRAPH).join("</p>");
  return (
    <div className="prose">
      <div dangerouslySetInnerHTML={{ __html: head }} />
      {inline}
      <div dangerouslySetInnerHTML={{ __html: tail }} />
    </div>
  );
}
