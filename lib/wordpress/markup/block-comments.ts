// SPDX-License-Identifier: GPL-2.0-or-later
// Ported from WordPress (wp-includes), whose licence this file keeps; see README «Переезд с WordPress».
import { WS } from "./php-regex";

// WP_Block_Parser::next_token()'s delimiter; the possessive JSON scan becomes a lazy one that
// cannot step over the `} -->` ending the comment.
const DELIMITER = `<!--${WS}+(\\/)?wp:([a-z][a-z0-9_-]*\\/)?([a-z][a-z0-9_-]*)${WS}+(\\{(?:(?!\\}${WS}+\\/?-->)[\\s\\S])*?\\}${WS}+)?(\\/)?-->`;
const DELIMITER_RUN = new RegExp(`(?:${WS}*${DELIMITER})+${WS}*`, "g");

export type BlockDelimiter = {
  start: number;
  end: number;
  closer: boolean;
  /** With its namespace: `core/paragraph`, `core-embed/youtube`, `jetpack/slideshow`. */
  name: string;
  attributes: unknown;
  selfClosing: boolean;
};

/** has_blocks(): WordPress's own test for block-editor content. */
export function hasBlocks(html: string): boolean {
  return html.includes("<!-- wp:");
}

function parseAttributes(json: string | undefined): unknown {
  if (json === undefined) return {};
  try {
    return JSON.parse(json);
  } catch {
    return {};
  }
}

export function findBlockDelimiters(html: string): BlockDelimiter[] {
  return [...html.matchAll(new RegExp(DELIMITER, "g"))].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    closer: match[1] !== undefined,
    name: `${match[2] ?? "core/"}${match[3]!}`,
    attributes: parseAttributes(match[4]),
    selfClosing: match[5] !== undefined,
  }));
}

/**
 * Removes the block delimiters and keeps the blocks' HTML, one block per line: the whitespace
 * around a run of delimiters becomes a single line break.
 */
export function stripBlockDelimiters(html: string): string {
  return html.replace(DELIMITER_RUN, "\n").replace(/^\n|\n$/g, "");
}
