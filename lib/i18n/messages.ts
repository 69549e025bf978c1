import ru from "./messages/ru.json";
import kk from "./messages/kk.json";
import type { Language } from "./languages";

/**
 * Reader-facing strings, one file per language. Russian's shape is the type; Kazakh's is checked
 * key by key by messages.test.ts (plural objects have each language's own CLDR categories, so
 * the two files cannot share one JSON type).
 */
export type Messages = typeof ru;

const MESSAGES: Record<Language, Messages> = { ru, kk: kk as unknown as Messages };

export function messagesFor(language: Language): Messages {
  return MESSAGES[language];
}
