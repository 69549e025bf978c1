/**
 * A copy of `text` that holds no reference to the string it was cut from. V8 keeps a substring
 * as a view of its parent, so a short value kept for the whole import (an attachment's URL, a
 * slug) would otherwise keep alive the whole chunk of the export it was read from.
 */
export function detached(text: string): string {
  return text.length === 0 ? "" : Buffer.from(text, "utf8").toString("utf8");
}
