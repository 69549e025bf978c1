/**
 * PCRE's `\s` as WordPress uses it (no `u` flag): ASCII whitespace only. JavaScript's `\s` also
 * matches U+00A0 and the other Unicode spaces, which would eat no-break spaces WordPress keeps.
 */
export const WS = "[\\t\\n\\v\\f\\r ]";
export const NOT_WS = "[^\\t\\n\\v\\f\\r ]";

const PHP_TRIM_CHARACTERS = " \t\n\r\0\x0B";

/** PHP's trim(): only the given characters (by default ASCII whitespace and NUL) are removed. */
export function phpTrim(text: string, characters: string = PHP_TRIM_CHARACTERS): string {
  let start = 0;
  let end = text.length;
  while (start < end && characters.includes(text[start]!)) start++;
  while (end > start && characters.includes(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** PHP's preg_quote() for names put into a pattern. */
export function quoteRegExp(text: string): string {
  return text.replace(/[.\\+*?[^\]$(){}=!<>|:\-#/]/g, "\\$&");
}
