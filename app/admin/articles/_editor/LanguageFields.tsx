import Link from "next/link";
import type { EditableArticle } from "@/lib/articles/newsroom-reads";
import type { TranslationLink } from "@/lib/articles/translations";
import { LANGUAGE_NAMES, LANGUAGES } from "@/lib/i18n/languages";
import { FieldError } from "../../_components/FieldError";

/** The native name of the other edition's «Перевод», as a Kazakh editor would look for it. */
const TRANSLATION_WORD = { ru: "Перевод", kk: "Аудармасы" } as const;

/**
 * «Язык» and «Перевод»: the edition the article appears in, and its translation in the other
 * one, with a link to create it when there is none yet.
 */
export function LanguageFields({ article, link, errors }: { article: EditableArticle; link: TranslationLink | null; errors?: string[] }) {
  const other = article.language === "ru" ? "kk" : "ru";
  return (
    <fieldset className="language-fields">
      <legend>Язык и перевод</legend>
      <label htmlFor="language">Язык</label>
      <select id="language" name="language" defaultValue={article.language}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
      {article.translationOfId !== null && <input type="hidden" name="translationOfId" value={article.translationOfId} />}
      <p data-testid="translation-link">
        {TRANSLATION_WORD.ru} / {TRANSLATION_WORD.kk}:{" "}
        {link ? (
          <>
            <Link href={`/admin/articles/${link.id}`}>{link.title}</Link> ({LANGUAGE_NAMES[link.language]}
            {link.role === "original" ? ", оригинал" : ""})
          </>
        ) : article.id !== null && article.translationOfId === null ? (
          <Link href={`/admin/articles/new?translationOf=${article.id}`}>Создать перевод: {LANGUAGE_NAMES[other]}</Link>
        ) : (
          "нет"
        )}
      </p>
      <FieldError id="translationOfId-error" errors={errors} />
    </fieldset>
  );
}
