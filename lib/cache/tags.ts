/** Cache tags shared by the cached reads and by whatever invalidates them. */
export const TAGS = {
  /** Every article list and page: a publish changes sidebars everywhere. */
  articles: "articles",
  article: (id: number) => `article:${id}`,
  categories: "categories",
  ads: "ads",
  /** The «Срочно» ticker, expired by time as well (lib/breaking/expiry-watcher.ts). */
  breaking: "breaking",
} as const;
