import "server-only";
import { isEnabled } from "./editions";
import { isLanguage, type Language } from "@/lib/i18n/languages";
import { getEditions } from "./reads";

/** A route's `lang` segment when the site publishes in it (for route handlers, which have no render to enter). */
export async function publishedLanguage(lang: string): Promise<Language | null> {
  if (!isLanguage(lang)) return null;
  return isEnabled(lang, await getEditions()) ? lang : null;
}
