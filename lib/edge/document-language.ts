import type { Language } from "@/lib/i18n/languages";
import { LANGUAGE_TAG } from "@/lib/i18n/languages";

/**
 * Next has one root layout (app/layout.tsx) for the newsroom and both editions, and a root layout
 * cannot see the [lang] segment below it: it writes the default `lang`, and the edition's is
 * written here, on the document's first tag, before the page is stored or sent.
 */
export function withDocumentLanguage(html: string, language: Language | null): string {
  if (!language) return html;
  return html.replace(/^(\s*<!DOCTYPE html>\s*<html\b[^>]*?\blang=")[^"]*(")/i, `$1${LANGUAGE_TAG[language]}$2`);
}
