import { z } from "zod";
import { LANGUAGES, languageSchema, type Language } from "@/lib/i18n/languages";

/**
 * Which editions the site has («Языки сайта»): the default one lives at "/", every other
 * enabled one under "/<code>/".
 */
export type Editions = { enabled: Language[]; default: Language };

/** A site that never chose: Russian alone, as before editions existed. */
export const DEFAULT_EDITIONS: Editions = { enabled: ["ru"], default: "ru" };

export const editionsSchema = z
  .object({
    enabled: z.array(languageSchema).min(1, "Включите хотя бы один язык."),
    default: languageSchema,
  })
  .refine((e) => e.enabled.includes(e.default), { message: "Основной язык должен быть включён.", path: ["default"] })
  .transform((e) => ({ enabled: LANGUAGES.filter((l) => e.enabled.includes(l)), default: e.default }));

/** A stored setting read leniently: anything unreadable is the default. */
export function parseEditions(value: unknown): Editions {
  const parsed = editionsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_EDITIONS;
}

/** "" for the default edition, "/kk" for another. */
export function editionPrefix(language: Language, editions: Editions): string {
  return language === editions.default ? "" : `/${language}`;
}

/** A site path ("/", "/some-article", "/category/x") as it is in `language`'s edition. */
export function inEdition(path: string, language: Language, editions: Editions): string {
  return withEditionPrefix(editionPrefix(language, editions), path);
}

/** A site path under an edition's prefix ("" or "/kk"): "/" becomes "/kk", "/x" becomes "/kk/x". */
export function withEditionPrefix(prefix: string, path: string): string {
  if (!prefix) return path;
  return path === "/" ? prefix : `${prefix}${path}`;
}

export function isEnabled(language: Language, editions: Editions): boolean {
  return editions.enabled.includes(language);
}
