import type { ReactNode } from "react";
import { withEmbedPlaceholders } from "@/lib/embeds/reader-html";
import type { Language } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { withPublicMediaUrls } from "@/lib/media/public-url";
import { sanitizeArticleHtml } from "@/lib/sanitize/article-html";
import { splitAfterParagraph } from "@/lib/sanitize/split-after-paragraph";
import { INLINE_SCRIPTS } from "@/lib/security/inline-scripts";

const INLINE_AFTER_PARAGRAPH = 2;

/**
 * The article body, with `inline` (an ad) after paragraph `after` (the second by default) when
 * the body is long enough to carry it. The HTML was sanitized on save; it is sanitized again here, once per
 * cache fill, so that nothing stored by another path can reach a reader unfiltered. Embeds
 * become placeholders worded in `language` (the reader page's edition; the newsroom's preview
 * leaves it Russian), with the one small script that loads a frame on «Смотреть».
 */
export function ArticleBody({
  html,
  inline,
  after = INLINE_AFTER_PARAGRAPH,
  language = "ru",
}: {
  html: string;
  inline?: ReactNode;
  after?: number;
  language?: Language;
}) {
  const words = messagesFor(language).embed;
  const { html: clean, hasEmbeds } = withEmbedPlaceholders(withPublicMediaUrls(sanitizeArticleHtml(html)), words);
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
