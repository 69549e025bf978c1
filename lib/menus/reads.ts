import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
import { isValid } from "@/lib/cache/cached-args";
import { readMenu } from "./read-menu";
import { menuLocation } from "./menu-input";
import type { MenuLocation, SiteMenu } from "./types";
import { cachedArg } from "@/lib/cache/cached-args";
import type { Language } from "@/lib/i18n/languages";

/**
 * A menu as readers see it: the saved one, or the default while none is saved. Tagged `pages`
 * and `site` too, since it shows page titles and category names.
 */
export async function getMenu(location: MenuLocation, language: Language): Promise<SiteMenu> {
  "use cache";
  cacheLife("max");
  cacheTag(TAGS.site, TAGS.menus, TAGS.pages);
  if (!isValid(menuLocation, location) || !isValid(cachedArg.language, language)) return { location: "HEADER", saved: false, links: [] };
  return readMenu(location, language);
}
