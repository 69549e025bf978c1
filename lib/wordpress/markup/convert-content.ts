import { autop } from "./autop";
import { linkBareUrls } from "./bare-urls";
import { hasBlocks, stripBlockDelimiters } from "./block-comments";
import { startConversion, type ConvertOptions } from "./conversion";
import { convertIframes } from "./iframes";
import { convertMediaBlocks } from "./media-blocks";
import { rewriteMediaUrls } from "./media-urls";
import { stripPageMarkers } from "./page-markers";
import { expandShortcodes } from "./wordpress-shortcodes";

export type { ConvertOptions } from "./conversion";

export type ConvertedContent = {
  html: string;
  /** Embeds turned into links: [embed], [video], [audio], embed/video/audio blocks, iframes, and bare YouTube/Telegram/VK/X URLs. */
  embeds: number;
  /** Names of the shortcodes removed (their enclosed content kept), each once. */
  unknownShortcodes: string[];
  /** Source of the galleries, embeds and media that could not be converted and were removed. */
  dropped: string[];
  /** Gallery attachment ids `attachmentUrl` did not resolve. */
  unresolvedAttachments: number[];
};

/**
 * A WordPress post's content (WXR `content:encoded`) as the article editor writes it, ready for
 * sanitizeArticleHtml(). Block-editor content keeps its HTML without the block delimiters;
 * classic content is paragraphed by wpautop() once its shortcodes, embeds and bare URLs are
 * converted, so that their figures and link paragraphs stand as blocks of their own.
 */
export function convertWordPressContent(html: string, options: ConvertOptions = {}): ConvertedContent {
  const conversion = startConversion(options);
  let content = stripPageMarkers(html.replace(/\r\n?/g, "\n"));
  const blockEditor = hasBlocks(content);
  if (blockEditor) content = stripBlockDelimiters(convertMediaBlocks(content, conversion));
  content = linkBareUrls(convertIframes(expandShortcodes(content, conversion), conversion), conversion);
  if (!blockEditor) content = autop(content);
  const { log } = conversion;
  return {
    html: rewriteMediaUrls(content, options.mediaUrl).replace(/^\n+|\n+$/g, ""),
    embeds: log.embeds,
    unknownShortcodes: [...log.unknownShortcodes],
    dropped: log.dropped,
    unresolvedAttachments: [...log.unresolvedAttachments],
  };
}
