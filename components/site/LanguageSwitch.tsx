import { edition } from "@/lib/editions/edition";
import { LANGUAGE_NAMES, LANGUAGE_SHORT, LANGUAGE_TAG } from "@/lib/i18n/languages";
import { paths } from "@/lib/paths";

/**
 * «Рус | Қаз» in the header: each other edition's version of this page (its translation, the same
 * category…) when the page named one (showCounterparts), else that edition's home. Plain links:
 * no JavaScript, and the reader's choice is simply the address they are at.
 */
export function LanguageSwitch() {
  const { language, editions, t, counterparts, pathIn } = edition();
  if (editions.enabled.length < 2) return null;
  return (
    <nav className="language-switch" aria-label={t.languageSwitch.label}>
      <ul>
        {editions.enabled.map((other) => (
          <li key={other}>
            {other === language ? (
              <span aria-current="true" lang={LANGUAGE_TAG[other]} title={LANGUAGE_NAMES[other]}>
                {LANGUAGE_SHORT[other]}
              </span>
            ) : (
              // A full page load into the other edition (not next/link): each edition is its own document.
              <a
                href={counterparts[other] ?? pathIn(paths.home(), other)}
                hrefLang={LANGUAGE_TAG[other]}
                lang={LANGUAGE_TAG[other]}
                title={LANGUAGE_NAMES[other]}
              >
                {LANGUAGE_SHORT[other]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
