// SPDX-License-Identifier: GPL-2.0-or-later
// Ported from WordPress (wp-includes), whose licence this file keeps; see README «Переезд с WordPress».
import type { Conversion } from "./conversion";
import { replaceInHtmlTags } from "./html-split";
import { decodeEntities } from "./html-text";
import { embedLink, isEmbedService, URL_PATTERN } from "./links";
import { WS } from "./php-regex";

// WP_Embed::autoembed(): a URL alone on its line, or alone in a paragraph.
const OWN_LINE = new RegExp(`^(${WS}*)(${URL_PATTERN})(${WS}*)$`, "gim");
const OWN_PARAGRAPH = new RegExp(`(<p(?: [^>]*)?>${WS}*)(${URL_PATTERN})(${WS}*</p>)`, "gi");
const LINE_BREAK = "<!-- wp-line-break -->";

// Unlike autoembed(), a URL written as a line of a code sample or as a link's text stays as it is.
const KEPT_ELEMENT = /<(pre|code|a|script|style|textarea)\b[^>]*>[\s\S]*?<\/\1>/gi;
const KEPT_MARK = /\ufdd2(\d+)\ufdd3/g;

/**
 * Links URLs standing alone on their line or in their paragraph (`<p><a href>URL</a></p>`);
 * YouTube, Telegram, VK and X links count as embeds. A URL inside a sentence is left alone.
 */
export function linkBareUrls(html: string, conversion: Conversion): string {
  const kept: string[] = [];
  let content = html.replace(KEPT_ELEMENT, (element) => `\ufdd2${kept.push(element) - 1}\ufdd3`);
  const link = (written: string): string | null => {
    const url = decodeEntities(written);
    const anchor = embedLink(url, conversion);
    if (anchor !== null && isEmbedService(url)) conversion.log.embeds++;
    return anchor;
  };
  content = replaceInHtmlTags(content, "\n", LINE_BREAK)
    .replace(OWN_LINE, (line, before: string, written: string, after: string) => {
      const anchor = link(written);
      return anchor === null ? line : `${before}<p>${anchor}</p>${after}`;
    })
    .replace(OWN_PARAGRAPH, (paragraph, open: string, written: string, close: string) => {
      const anchor = link(written);
      return anchor === null ? paragraph : open + anchor + close;
    })
    .replaceAll(LINE_BREAK, "\n");
  return content.replace(KEPT_MARK, (_mark, index: string) => kept[Number(index)]!);
}
