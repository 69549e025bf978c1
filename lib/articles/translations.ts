import "server-only";
import { db } from "@/lib/db";
import type { Language } from "@/lib/i18n/languages";

/**
 * Why an article may not be linked as a translation of `translationOfId`, or null when it may:
 * the original must exist, be in another language, not be a translation itself, and have no
 * other translation (each article has at most one, in the other edition).
 */
export async function translationRefusal(article: { id: number | null; language: Language; translationOfId: number | null }): Promise<string | null> {
  if (article.translationOfId === null) return null;
  if (article.translationOfId === article.id) return "Статья не может быть переводом самой себя.";
  const original = await db().article.findUnique({
    where: { id: article.translationOfId },
    select: { language: true, translationOfId: true, translation: { select: { id: true } } },
  });
  if (!original) return "Оригинал перевода не найден.";
  if (original.language === article.language) return "Перевод должен быть на другом языке, чем оригинал.";
  if (original.translationOfId !== null) return "Эта статья сама является переводом: свяжите перевод с оригиналом.";
  if (original.translation && original.translation.id !== article.id) return "У этой статьи уже есть перевод.";
  return null;
}

export type TranslationLink = { id: number; title: string; language: Language; role: "original" | "translation" };

/** The other side of an article's translation link, for the editor's «Перевод». */
export async function readTranslationLink(articleId: number): Promise<TranslationLink | null> {
  const row = await db().article.findUnique({
    where: { id: articleId },
    select: { translationOf: { select: { id: true, title: true, language: true } }, translation: { select: { id: true, title: true, language: true } } },
  });
  if (row?.translationOf) return { ...row.translationOf, role: "original" };
  if (row?.translation) return { ...row.translation, role: "translation" };
  return null;
}
