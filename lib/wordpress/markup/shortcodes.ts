// SPDX-License-Identifier: GPL-2.0-or-later
// Ported from WordPress (wp-includes), whose licence this file keeps; see README «Переезд с WordPress».
import type { Conversion } from "./conversion";
import { splitHtml } from "./html-split";
import { findShortcodeNames, parseShortcodeAttributes, shortcodeOrStrayCloserRegex, shortcodeUnautop, type ShortcodeAttributes } from "./shortcode-syntax";

export type Shortcode = {
  /** The whole shortcode as written. */
  source: string;
  name: string;
  attributesText: string;
  attributes: ShortcodeAttributes;
  /** Undefined unless the shortcode encloses content (`[name]…[/name]`). */
  content: string | undefined;
};

/** Expands shortcodes inside a handler's output or content, with the same handlers. */
export type Expand = (content: string) => string;
export type ShortcodeHandler = (shortcode: Shortcode, conversion: Conversion, expand: Expand) => string;

// Noncharacters: brackets inside elements and comments are hidden from the shortcode pattern, as
// do_shortcodes_in_html_tags() hides them behind &#91; and &#93;, without touching those entities.
const OPEN = "\ufdd0";
const CLOSE = "\ufdd1";

function hideBracketsInTags(html: string): string {
  const parts = splitHtml(html);
  for (let i = 1; i < parts.length; i += 2) parts[i] = parts[i]!.replaceAll("[", OPEN).replaceAll("]", CLOSE);
  return parts.join("");
}

function restoreBrackets(html: string): string {
  return html.replaceAll(OPEN, "[").replaceAll(CLOSE, "]");
}

/**
 * do_shortcode() with do_shortcode_tag(), after shortcode_unautop(): `[[name]]` is printed as
 * `[name]`, a handled shortcode is replaced by its handler's output, and any other shortcode is
 * removed with its enclosed content kept (expanded) and its name logged. Unlike WordPress, a
 * closing tag left without its opening one is removed too. Shortcodes inside HTML attributes are
 * left alone.
 */
export function doShortcodes(content: string, handlers: ReadonlyMap<string, ShortcodeHandler>, conversion: Conversion): string {
  return expandKnowing(new Set(handlers.keys()), content, handlers, conversion);
}

/**
 * `known` holds the handled names and those found in the enclosing content: WordPress knows every
 * registered name at every depth, so `[box][box]…[/box][/box]` loses both tags.
 */
function expandKnowing(known: ReadonlySet<string>, content: string, handlers: ReadonlyMap<string, ShortcodeHandler>, conversion: Conversion): string {
  if (!content.includes("[")) return content;
  const hidden = hideBracketsInTags(content);
  const names = findShortcodeNames(hidden, known);
  if (names.length === 0) return content;
  const inner = new Set([...known, ...names]);
  const expand: Expand = (text) => expandKnowing(inner, text, handlers, conversion);
  const expanded = shortcodeUnautop(hidden, names).replace(
    shortcodeOrStrayCloserRegex(names),
    (
      source: string,
      open: string | undefined,
      name: string | undefined,
      attributesText: string,
      _slash: string | undefined,
      enclosed: string | undefined,
      close: string,
    ) => {
      if (name === undefined || open === undefined) return "";
      if (open === "[" && close === "]") return source.slice(1, -1);
      const shortcode = { source: restoreBrackets(source), name, attributesText, attributes: parseShortcodeAttributes(attributesText), content: enclosed };
      const handler = handlers.get(name);
      if (handler !== undefined) return open + handler(shortcode, conversion, expand) + close;
      conversion.log.unknownShortcodes.add(name);
      return open + (enclosed === undefined ? "" : expand(enclosed)) + close;
    },
  );
  return restoreBrackets(expanded);
}
