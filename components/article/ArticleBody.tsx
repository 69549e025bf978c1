import type { ReactNode } from "react";
import { withEmbedPlaceholders } from "@/lib/embeds/reader-html";
import { withPublicMediaUrls } from "@/lib/media/public-url";
import { sanitizeArticleHtml } from "@/lib/sanitize/article-html";
import { splitAfterParagraph } from "@/lib/sanitize/split-after-paragraph";
import { INLINE_SCRIPTS } from "@/lib/security/inline-scripts";

const INLINE_AFTER_PARAGRAPH = 2;

/**
 * The article body, with `inline` (an ad) after paragraph `after` (the second by default) when
 * the body is long enough to carry it. The HTML was sanitized on save; it is sanitized again here, once per
 * cache fill, so that nothing stored by another path can reach a reader unfiltered. Embeds
 * become placeholders, with the one small script that loads a frame on «Смотреть».
 */
export function ArticleBody({ html, inline, after = INLINE_AFTER_PARAGRAPH }: { html: string; inline?: ReactNode; after?: number }) {
  const { html: clean, hasEmbeds } = withEmbedPlaceholders(withPublicMediaUrls(sanitizeArticleHtml(html)));
  return (
    <>
      <Body clean={clean} inline={inline} after={after} />
      {hasEmbeds && <script data-keep="" dangerouslySetInnerHTML={{ __html: INLINE_SCRIPTS.loadEmbed }} />}
    </>
  );
}

function Body({ clean, inline, after }: { clean: string; inline: ReactNode; after: number }) {
  const halves = inline ? splitAfterParagraph(clean, after) : null;
  if (!halves) return <div className="prose" dangerouslySetInnerHTML={{ __html: clean }} />;
  return (
    <div className="prose">
      <div dangerouslySetInnerHTML={{ __html: halves[0] }} />
      {inline}
      <div dangerouslySetInnerHTML={{ __html: halves[1] }} />
    </div>
  );
}
