import { z } from "zod";

/** The editions' languages, in the order the language switch lists them. */
export const LANGUAGES = ["ru", "kk"] as const;
export type Language = (typeof LANGUAGES)[number];

export const languageSchema = z.enum(LANGUAGES);

/** A regular expression source matching any edition's language, for URL patterns: `(?:ru|kk)`. */
export const LANGUAGE_PATTERN = `(?:${LANGUAGES.join("|")})`;

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** Each language named in itself, as the switch shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { ru: "Русский", kk: "Қазақша" };
/** Short labels for the header's switch. */
export const LANGUAGE_SHORT: Record<Language, string> = { ru: "Рус", kk: "Қаз" };
/** Open Graph's locale. */
export const OG_LOCALE: Record<Language, string> = { ru: "ru_RU", kk: "kk_KZ" };
/** BCP 47 tags for lang, hreflang, RSS <language> and JSON-LD inLanguage. */
export const LANGUAGE_TAG: Record<Language, string> = { ru: "ru", kk: "kk" };
