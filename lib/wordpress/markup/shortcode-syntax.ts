// SPDX-License-Identifier: GPL-2.0-or-later
// Ported from WordPress (wp-includes), whose licence this file keeps; see README «Переезд с WordPress».
import { NOT_WS, quoteRegExp, WS } from "./php-regex";

export type ShortcodeAttributes = { named: Map<string, string>; positional: string[] };

/**
 * get_shortcode_regex() (wp-includes/shortcodes.php, GPL-2.0-or-later): 1 an extra `[` (escaping),
 * 2 the name, 3 the attributes, 4 the self-closing `/`, 5 the enclosed content, 6 an extra `]`.
 */
export function shortcodeRegex(names: readonly string[]): RegExp {
  return new RegExp(shortcodePattern(names), "g");
}

const alternatives = (names: readonly string[]) => names.map(quoteRegExp).join("|");

function shortcodePattern(names: readonly string[]): string {
  const attributes = "([^\\]\\/]*(?:\\/(?!\\])[^\\]\\/]*)*?)";
  const closing = "(?:(\\/)\\]|\\](?:([^\\[]*(?:\\[(?!\\/\\2\\])[^\\[]*)*)\\[\\/\\2\\])?)";
  return `\\[(\\[?)(${alternatives(names)})(?![\\w-])${attributes}${closing}(\\]?)`;
}

/** shortcodeRegex(), or else (no group matched) a closing tag without its opening one. */
export function shortcodeOrStrayCloserRegex(names: readonly string[]): RegExp {
  return new RegExp(`${shortcodePattern(names)}|\\[\\/(?:${alternatives(names)})\\]`, "g");
}

// wp_spaces_regexp()'s default.
const SPACES = "(?:[\\r\\n\\t ]|\\u00a0|&nbsp;)";

/** shortcode_unautop(): a shortcode standing alone in a paragraph is taken out of it. */
export function shortcodeUnautop(content: string, names: readonly string[]): string {
  const opening = `\\[(${alternatives(names)})(?![\\w-])[^\\]\\/]*(?:\\/(?!\\])[^\\]\\/]*)*?`;
  const closing = "(?:\\/\\]|\\](?:[^\\[]*(?:\\[(?!\\/\\2\\])[^\\[]*)*\\[\\/\\2\\])?)";
  return content.replace(new RegExp(`<p>${SPACES}*(${opening}${closing})${SPACES}*<\\/p>`, "g"), "$1");
}

// get_shortcode_atts_regex(), with PCRE's ASCII `\s`.
const VALUE_END = `(?:${WS}|$)`;
const ATTRIBUTE = new RegExp(
  [
    `([\\w-]+)${WS}*=${WS}*"([^"]*)"${VALUE_END}`,
    `([\\w-]+)${WS}*=${WS}*'([^']*)'${VALUE_END}`,
    `([\\w-]+)${WS}*=${WS}*([^\\t\\n\\v\\f\\r '"]+)${VALUE_END}`,
    `"([^"]*)"${VALUE_END}`,
    `'([^']*)'${VALUE_END}`,
    `(${NOT_WS}+)${VALUE_END}`,
  ].join("|"),
  "g",
);
const BALANCED_TAGS = /^[^<]*(?:<[^>]*>[^<]*)*$/;

/**
 * shortcode_parse_atts(). Unlike WordPress, values are not passed through stripcslashes(), so
 * backslashes stay as written.
 */
export function parseShortcodeAttributes(text: string): ShortcodeAttributes {
  const named = new Map<string, string>();
  const positional: string[] = [];
  for (const match of text.replace(/[\u00a0\u200b]+/g, " ").matchAll(ATTRIBUTE)) {
    const [, n1, v1, n2, v2, n3, v3, p1, p2, p3] = match;
    if (n1) named.set(n1.toLowerCase(), v1!);
    else if (n2) named.set(n2.toLowerCase(), v2!);
    else if (n3) named.set(n3.toLowerCase(), v3!);
    else if (p1) positional.push(p1);
    else if (p2) positional.push(p2);
    else if (p3 !== undefined) positional.push(p3);
  }
  // Values opening an HTML element they never close are rejected.
  for (const [name, value] of named) if (value.includes("<") && !BALANCED_TAGS.test(value)) named.set(name, "");
  positional.forEach((value, index) => {
    if (value.includes("<") && !BALANCED_TAGS.test(value)) positional[index] = "";
  });
  return { named, positional };
}

const CANDIDATE = /\[([^<>&/[\]\x00-\x20=]+)/g;
const PLAUSIBLE_NAME = /^[A-Za-z][\w-]*$/;

/**
 * WordPress only matches registered shortcodes. An import knows the handled ones; any other
 * bracketed word counts as a shortcode only when it is used like one (it has a closing tag, a
 * `name=value` attribute or a self-closing slash), so "[1]", "[sic]" or "[Обновлено]" stay text.
 */
export function findShortcodeNames(content: string, known: ReadonlySet<string>): string[] {
  const candidates = new Set([...content.matchAll(CANDIDATE)].map((match) => match[1]!));
  return [...candidates].filter((name) => known.has(name) || (PLAUSIBLE_NAME.test(name) && isUsedAsShortcode(content, name)));
}

function isUsedAsShortcode(content: string, name: string): boolean {
  if (content.includes(`[/${name}]`)) return true;
  // Without a closing tag only opening tags can match; the full pattern would scan the rest of the
  // content for one after each of them.
  const opening = new RegExp(`\\[\\[?${quoteRegExp(name)}(?![\\w-])([^\\]\\/]*(?:\\/(?!\\])[^\\]\\/]*)*?)(\\/)?\\]`, "g");
  return [...content.matchAll(opening)].some((match) => match[2] === "/" || match[1]!.includes("="));
}
