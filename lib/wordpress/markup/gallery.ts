import { escapeAttribute } from "./html-text";
import type { ShortcodeHandler } from "./shortcodes";

/** wp_parse_id_list(): ids separated by commas or spaces, positive and each once. */
function parseIdList(list: string): number[] {
  const ids = list.split(/[\s,]+/).map((id) => Math.abs(Number.parseInt(id, 10)));
  return [...new Set(ids.filter((id) => Number.isInteger(id) && id > 0))];
}

/**
 * `[gallery ids="…"]` (or `include`) becomes one figure per picture the importer can resolve. A
 * gallery of "the post's attachments" (no ids) cannot be resolved from the content and is dropped.
 */
export const gallery: ShortcodeHandler = (shortcode, conversion) => {
  const { named } = shortcode.attributes;
  const figures: string[] = [];
  for (const id of parseIdList(named.get("ids") ?? named.get("include") ?? "")) {
    const url = conversion.options.attachmentUrl?.(id) ?? null;
    if (url === null) conversion.log.unresolvedAttachments.add(id);
    else figures.push(`<figure><img src="${escapeAttribute(url)}" alt="" /></figure>`);
  }
  if (figures.length === 0) conversion.log.dropped.push(shortcode.source);
  return figures.join("\n");
};
