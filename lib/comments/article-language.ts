import { db } from "@/lib/db";
import type { Language } from "@/lib/i18n/languages";

const MAX_ID = 2_147_483_647;

/**
 * The language of the article a comment is posted to, which the form's answers speak (a comment
 * action runs outside any page, so there is no edition to ask). Russian for no such article.
 */
export async function articleLanguage(articleId: unknown): Promise<Language> {
  const id = Number(articleId);
  if (!Number.isInteger(id) || id < 1 || id > MAX_ID) return "ru";
  const article = await db().article.findUnique({ where: { id }, select: { language: true } });
  return article?.language ?? "ru";
}
