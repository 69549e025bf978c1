import { z } from "zod";
import { ADS_SETTING_KEY, BRANDING_SETTING_KEY, HOME_LAYOUT_SETTING_KEY, LANGUAGES_SETTING_KEY, TAGS } from "./tags";

/**
 * What changed, as the database's triggers announce it (migration change_payloads) and as the
 * app's own writes describe it: a table, the ids of the articles concerned, and for articles
 * which kind of change it was.
 */
export const changeSchema = z.object({
  t: z.string().min(1).max(64),
  ids: z.array(z.number().int()).optional(),
  lists: z.boolean().optional(),
  summary: z.array(z.number().int()).optional(),
  breaking: z.boolean().optional(),
  all: z.boolean().optional(),
  op: z.string().optional(),
  /** For settings: which one. */
  key: z.string().max(200).optional(),
});

export type Change = z.infer<typeof changeSchema>;

/** The one table → tags map: which cached reads a change to each table expires. */
const TAGS_FOR_TABLE: Record<string, (change: Change) => string[]> = {
  Article: (c) => [
    ...(c.ids ?? []).map(TAGS.article),
    ...(c.summary ?? []).map(TAGS.summary),
    ...(c.lists ? [TAGS.lists] : []),
    ...(c.breaking ? [TAGS.breaking] : []),
  ],
  ArticleTag: (c) => [...(c.ids ?? []).map(TAGS.article), TAGS.lists],
  // An article joining or leaving a category changes that category's feed and its ancestors'.
  ArticleCategory: (c) => [...(c.ids ?? []).map(TAGS.article), TAGS.lists],
  // Co-authors: the byline on the article's page and on its cards, and the co-authors' archives.
  ArticleAuthor: (c) => [...(c.ids ?? []).map(TAGS.article), ...(c.ids ?? []).map(TAGS.summary), TAGS.lists],
  Media: (c) => [...(c.ids ?? []).map(TAGS.article), ...(c.ids ?? []).map(TAGS.summary)],
  Comment: (c) => (c.ids ?? []).map(TAGS.article),
  AdSlot: () => [TAGS.ads],
  // A new tag only makes its (empty) archive exist; renaming one shows on every article that has it.
  Tag: (c) => (c.op === "INSERT" ? [TAGS.lists] : [TAGS.site]),
  // Category names are in the menu and on every card; author names on every card.
  Category: () => [TAGS.site],
  User: () => [TAGS.site],
  Redirect: () => [TAGS.redirects],
  // Not `site`: the footer's links are a cached read tagged `pages`, and the page cache learns the
  // tags of every read a page made, so every page showing the footer is expired by `pages` alone.
  Page: () => [TAGS.pages],
  Menu: () => [TAGS.menus],
  MenuItem: () => [TAGS.menus],
  // Only these settings show on reader pages (comment rules are read when a comment is posted).
  Setting: (c) => {
    const shown: Record<string, string> = {
      [BRANDING_SETTING_KEY]: TAGS.branding,
      [ADS_SETTING_KEY]: TAGS.ads,
      [HOME_LAYOUT_SETTING_KEY]: TAGS.home,
      [LANGUAGES_SETTING_KEY]: TAGS.site,
    };
    return c.key !== undefined && shown[c.key] ? [shown[c.key]!] : [];
  },
};

export function tagsForChange(change: Change): string[] {
  if (change.all) return [TAGS.site];
  return [...new Set(TAGS_FOR_TABLE[change.t]?.(change) ?? [])];
}

/** Reads a notification's payload; null for anything else (the channel is shared by design). */
export function parseChange(payload: string): Change | null {
  try {
    const parsed = changeSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
