// SPDX-License-Identifier: GPL-2.0-or-later
// Ported from WordPress (wp-includes), whose licence this file keeps; see README «Переезд с WordPress».
import { replaceInHtmlTags } from "./html-split";
import { phpTrim, WS } from "./php-regex";

const ALL_BLOCKS =
  "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)";

const pattern = (source: string, flags = "g") => new RegExp(source, flags);

/** Swaps each `<pre>…</pre>` for a placeholder, as wpautop() does, malformed markup included. */
function hidePreElements(text: string): { text: string; pre: Map<string, string> } {
  const pre = new Map<string, string>();
  if (!text.includes("<pre")) return { text, pre };
  const parts = text.split("</pre>");
  const last = parts.pop() ?? "";
  let rebuilt = "";
  for (const part of parts) {
    const start = part.indexOf("<pre");
    if (start === -1) {
      rebuilt += part;
      continue;
    }
    const name = `<pre wp-pre-tag-${pre.size}></pre>`;
    pre.set(name, `${part.slice(start)}</pre>`);
    rebuilt += part.slice(0, start) + name;
  }
  return { text: rebuilt + last, pre };
}

function collapseInlineBreaks(text: string): string {
  let result = text;
  if (result.includes("<option")) {
    result = result.replace(pattern(`${WS}*<option`), "<option").replace(pattern(`</option>${WS}*`), "</option>");
  }
  if (result.includes("</object>")) {
    result = result
      .replace(pattern(`(<object[^>]*>)${WS}*`), "$1")
      .replace(pattern(`${WS}*</object>`), "</object>")
      .replace(pattern(`${WS}*(</?(?:param|embed)[^>]*>)${WS}*`), "$1");
  }
  if (result.includes("<source") || result.includes("<track")) {
    result = result
      .replace(pattern(`([<\\[](?:audio|video)[^>\\]]*[>\\]])${WS}*`), "$1")
      .replace(pattern(`${WS}*([<\\[]/(?:audio|video)[>\\]])`), "$1")
      .replace(pattern(`${WS}*(<(?:source|track)[^>]*>)${WS}*`), "$1");
  }
  if (result.includes("<figcaption")) {
    result = result.replace(pattern(`${WS}*(<figcaption[^>]*>)`), "$1").replace(pattern(`</figcaption>${WS}*`), "</figcaption>");
  }
  return result;
}

function wrapParagraphs(text: string): string {
  return text
    .replace(/\n\n+/g, "\n\n")
    .split(pattern(`\\n${WS}*\\n`))
    .filter((paragraph) => paragraph !== "")
    .map((paragraph) => `<p>${phpTrim(paragraph, "\n")}</p>\n`)
    .join("");
}

function unwrapBlocks(text: string): string {
  return text
    .replace(pattern(`<p>${WS}*</p>`), "")
    .replace(/<p>([^<]+)<\/(div|address|form)>/g, "<p>$1</p></$2>")
    .replace(pattern(`<p>${WS}*(</?${ALL_BLOCKS}[^>]*>)${WS}*</p>`), "$1")
    .replace(/<p>(<li[^\n]+?)<\/p>/g, "$1")
    .replace(/<p><blockquote([^>]*)>/gi, "<blockquote$1><p>")
    .replaceAll("</blockquote></p>", "</p></blockquote>")
    .replace(pattern(`<p>${WS}*(</?${ALL_BLOCKS}[^>]*>)`), "$1")
    .replace(pattern(`(</?${ALL_BLOCKS}[^>]*>)${WS}*</p>`), "$1");
}

function insertLineBreaks(text: string): string {
  return text
    .replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, (element) => element.replaceAll("\n", "<WPPreserveNewline />"))
    .replaceAll("<br>", "<br />")
    .replaceAll("<br/>", "<br />")
    .replace(pattern(`(?<!<br />)${WS}*\\n`), "<br />\n")
    .replaceAll("<WPPreserveNewline />", "\n");
}

/**
 * WordPress's wpautop() (wp-includes/formatting.php, GPL-2.0-or-later), step for step: double line breaks become paragraphs, single ones
 * `<br />`, never inside or around block-level elements, and `<pre>` is left as written.
 */
export function autop(input: string, br = true): string {
  if (phpTrim(input) === "") return "";
  const hidden = hidePreElements(`${input}\n`);
  let text = hidden.text
    .replace(pattern(`<br${WS}*/?>${WS}*<br${WS}*/?>`), "\n\n")
    .replace(pattern(`(<${ALL_BLOCKS}[\\t\\n\\v\\f\\r />])`), "\n\n$1")
    .replace(pattern(`(</${ALL_BLOCKS}>)`), "$1\n\n")
    .replace(pattern(`(<hr${WS}*?/?>)`), "$1\n\n")
    .replace(/\r\n?/g, "\n");
  text = replaceInHtmlTags(text, "\n", " <!-- wpnl --> ");
  text = unwrapBlocks(wrapParagraphs(collapseInlineBreaks(text)));
  if (br) text = insertLineBreaks(text);
  text = text
    .replace(pattern(`(</?${ALL_BLOCKS}[^>]*>)${WS}*<br />`), "$1")
    .replace(pattern(`<br />(${WS}*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)`), "$1")
    // PCRE's `$` also matches before a final line break.
    .replace(/\n<\/p>(?=\n?$)/, "</p>");
  for (const [name, pre] of hidden.pre) text = text.replaceAll(name, () => pre);
  return text.replaceAll(" <!-- wpnl --> ", "\n").replaceAll("<!-- wpnl -->", "\n");
}
