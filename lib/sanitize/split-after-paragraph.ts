const BOUNDARY = /<(\/?)(table|blockquote|ul|ol|figure|div)\b[^>]*>|<\/p>/gi;

/**
 * Sanitized HTML cut after its `count`-th top-level paragraph, or null unless another
 * paragraph follows. A paragraph inside a table cell, a quote, a list or a figure does not
 * count: cutting there would leave both halves unbalanced.
 */
export function splitAfterParagraph(html: string, count: number): [string, string] | null {
  let depth = 0;
  let seen = 0;
  let cut = 0;
  for (const match of html.matchAll(BOUNDARY)) {
    if (match[2] !== undefined) depth = Math.max(0, depth + (match[1] === "/" ? -1 : 1));
    else if (depth === 0 && ++seen === count) cut = match.index + match[0].length;
    else if (depth === 0 && seen > count) return [html.slice(0, cut), html.slice(cut)];
  }
  return null;
}
