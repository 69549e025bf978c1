/**
 * Cache tags shared by the cached reads and by whatever invalidates them. Every cached read
 * carries `site`; the others say what it shows. lib/cache/changes.ts decides which tags a
 * change expires.
 */
export const TAGS = {
  /** Everything: after changes that show on every page, or when changes may have been missed. */
  site: "site",
  /** Which articles a list holds and in what order: publishing, unpublishing, moving, retagging. */
  lists: "lists",
  /** An article's own page: its text, its discussion, anything about it. */
  article: (id: number) => `article:${id}`,
  /** An article's card in lists: headline, lead, cover. */
  summary: (id: number) => `summary:${id}`,
  /** Ad slots and the counters' code: on every reader page. */
  ads: "ads",
  /** The home page's layout («Главная страница»). */
  home: "home",
  /** The «Срочно» ticker, expired by time as well (lib/breaking/expiry-watcher.ts). */
  breaking: "breaking",
  /** Static pages: their own views, the footer's links, the sitemap's sections. */
  pages: "pages",
  /** Old addresses (the Redirect table), held in the server's memory, not in a cached read. */
  redirects: "redirects",
  /** The header and footer menus («Меню»). */
  menus: "menus",
  /** The outlet's name, logos, icons, social links and footer details («Оформление и реквизиты»). */
  branding: "branding",
} as const;

/** Tags for a list of articles: its membership and each card in it. */
export function listTags(ids: Iterable<number>): string[] {
  return [TAGS.site, TAGS.lists, ...[...ids].map(TAGS.summary)];
}

/** The `Setting` row holding the branding: its changes expire `branding` (lib/cache/changes.ts). */
export const BRANDING_SETTING_KEY = "branding";

/** The `Setting` rows of «Код счётчиков» (expires `ads`) and of the home layout (expires `home`). */
export const ADS_SETTING_KEY = "ads";
export const HOME_LAYOUT_SETTING_KEY = "home-layout";

/** The `Setting` row of the editions («Языки сайта»): expires `site`, since every URL may change. */
export const LANGUAGES_SETTING_KEY = "languages";
