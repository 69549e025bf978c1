/** Where an ad slot shows; the order is the form's. */
export const PLACEMENTS = [
  "HOME_TOP",
  "HOME_BETWEEN",
  "HOME_SIDEBAR",
  "CATEGORY_TOP",
  "CATEGORY_FEED",
  "ARTICLE_TOP",
  "ARTICLE_INLINE",
  "ARTICLE_BOTTOM",
  "SIDEBAR",
  "MOBILE_STICKY",
] as const;

export type AdPlacement = (typeof PLACEMENTS)[number];

export const PLACEMENT_LABELS: Record<AdPlacement, string> = {
  HOME_TOP: "Главная: сверху",
  HOME_BETWEEN: "Главная: между блоками рубрик",
  HOME_SIDEBAR: "Главная: боковая колонка",
  CATEGORY_TOP: "Рубрика: над лентой",
  CATEGORY_FEED: "Рубрика: в ленте, после каждых N карточек",
  ARTICLE_TOP: "Статья: над статьёй",
  ARTICLE_INLINE: "Статья: после абзаца N",
  ARTICLE_BOTTOM: "Статья: под статьёй",
  SIDEBAR: "Статья: боковая колонка",
  MOBILE_STICKY: "Мобильная: закреплённая внизу",
};

/** What `afterNth` means where it means anything, and its value when left at 0. */
export const AFTER_NTH_DEFAULTS: Partial<Record<AdPlacement, number>> = { ARTICLE_INLINE: 2, CATEGORY_FEED: 6 };
