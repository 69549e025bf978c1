import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { inEdition, isEnabled, type Editions } from "./editions";
import { isLanguage, type Language } from "@/lib/i18n/languages";
import { messagesFor, type Messages } from "@/lib/i18n/messages";
import { getEditions } from "./reads";

/** What a reader page renders in: its language, its strings, and links within its edition. */
export type Edition = {
  language: Language;
  editions: Editions;
  t: Messages;
  /** A site path in this edition: path("/category/x") → "/kk/category/x". */
  path: (sitePath: string) => string;
  /** The same path in another edition (the language switch, hreflang). */
  pathIn: (sitePath: string, language: Language) => string;
  dateTime: (iso: string | Date) => string;
  date: (iso: string | Date) => string;
  /** Where the language switch leads: this page in another edition, set by the page (see showCounterparts). */
  counterparts: Partial<Record<Language, string>>;
};

// Per render (React's request cache): set by the [lang] layout and by each page, read by the
// components below them, so that the language need not be passed through every component.
const current = cache((): { edition: Edition | null } => ({ edition: null }));

export function makeEdition(language: Language, editions: Editions): Edition {
  return {
    language,
    editions,
    t: messagesFor(language),
    path: (sitePath) => inEdition(sitePath, language, editions),
    pathIn: (sitePath, other) => inEdition(sitePath, other, editions),
    dateTime: (iso) => formatDateTime(iso, env().SITE_TIMEZONE, language),
    date: (iso) => formatDate(iso, env().SITE_TIMEZONE, language),
    counterparts: {},
  };
}

/**
 * This page's address in other editions (a translation, the same category, the same search),
 * for the language switch; an edition left out gets its home page.
 */
export function showCounterparts(counterparts: Partial<Record<Language, string>>): void {
  Object.assign(edition().counterparts, counterparts);
}

/** The edition of a route's `lang` segment; a 404 for a language the site does not publish in. */
export async function enterEdition(lang: string): Promise<Edition> {
  // Checked before reading anything: the build renders the placeholder segment, with no database.
  if (!isLanguage(lang)) notFound();
  const editions = await getEditions();
  if (!isEnabled(lang, editions)) notFound();
  const edition = makeEdition(lang, editions);
  current().edition = edition;
  return edition;
}

/** The edition this render is in (set by enterEdition). */
export function edition(): Edition {
  const found = current().edition;
  if (!found) throw new Error("edition() called outside a reader page: call enterEdition(lang) in the route first");
  return found;
}

/** The same, or null outside a reader page (error and not-found pages). */
export function editionOrNull(): Edition | null {
  return current().edition;
}

/** An article's or a static page's translation as the language switch's target. */
export function showTranslation(translation: { language: Language; path: string } | null): void {
  if (!translation) return;
  showCounterparts({ [translation.language]: edition().pathIn(translation.path, translation.language) });
}
