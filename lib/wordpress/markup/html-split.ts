// SPDX-License-Identifier: GPL-2.0-or-later
// Ported from WordPress (wp-includes), whose licence this file keeps; see README «Переезд с WordPress».
// get_html_split_regex(): a comment or CDATA section runs to its terminator (or to the end of the
// input when unterminated); any other element runs to the next `>`. PCRE's conditional group is
// written as two lookahead-guarded alternatives.
const COMMENT = "!(?:-(?!->)[^-]*)*(?:-->)?";
const CDATA = "!\\[CDATA\\[[^\\]]*(?:\\](?!\\]>)[^\\]]*)*(?:\\]\\]>)?";
const ELEMENT = new RegExp(`(<(?:(?=!--)${COMMENT}|(?=!\\[CDATA\\[)${CDATA}|[^>]*>?))`);

/** wp_html_split(): text and markup alternate, so odd indexes hold elements and comments. */
export function splitHtml(html: string): string[] {
  return html.split(ELEMENT);
}

/** wp_replace_in_html_tags() for one needle: replaces inside elements and comments only. */
export function replaceInHtmlTags(html: string, needle: string, replacement: string): string {
  const parts = splitHtml(html);
  for (let i = 1; i < parts.length; i += 2) parts[i] = parts[i]!.replaceAll(needle, replacement);
  return parts.join("");
}
