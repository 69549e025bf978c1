import type { MenuItemKind, MenuLocation } from "@/lib/generated/prisma/enums";

export type { MenuItemKind, MenuLocation };

export const MENU_LOCATIONS: readonly MenuLocation[] = ["HEADER", "FOOTER_1", "FOOTER_2"];

export const MENU_LOCATION_LABELS: Record<MenuLocation, string> = {
  HEADER: "Меню в шапке",
  FOOTER_1: "Подвал: первое меню",
  FOOTER_2: "Подвал: второе меню",
};

export const MENU_KIND_LABELS: Record<MenuItemKind, string> = { CATEGORY: "Рубрика", PAGE: "Страница", URL: "Ссылка" };

/** A link as readers see it; `children` is the dropdown (one level). */
export type MenuLink = {
  label: string;
  href: string;
  /** The category it opens, to mark the current section. */
  categorySlug: string | null;
  /** Another site (or mail, phone): a plain link, not the site's router. */
  external: boolean;
  children: MenuLink[];
};

export type SiteMenu = {
  location: MenuLocation;
  /** False while the newsroom has not saved this menu: it shows the default. */
  saved: boolean;
  links: MenuLink[];
};
