import "server-only";
import type { Staff } from "@/lib/auth/sessions";
import { formInput } from "@/lib/actions/form-input";
import { db } from "@/lib/db";
import { sanitizeArticleHtml } from "@/lib/sanitize/article-html";
import { articleInput } from "./article-input";
import { autosaveInput } from "./autosave-input";
import { canEditArticle } from "./permissions";
import { saveArticle } from "./save-article";

export type AutosaveResult = { ok: true; id: number; savedAt: Date; created: boolean; version: number } | { ok: false; message: string };

/**
 * Keeps what `staff` has typed as their one autosave of the article (replacing the previous
 * one); the article itself is untouched. A never-saved article is saved as a draft instead,
 * so that nothing typed is lost even if the page is closed before its first save.
 */
export async function autosaveArticle(staff: Staff, formData: FormData, now = new Date()): Promise<AutosaveResult> {
  const fields = formInput(formData);
  if (!fields.id) return createDraft(staff, fields);
  const parsed = autosaveInput.safeParse(fields);
  if (!parsed.success || !parsed.data.id) return { ok: false, message: "Автосохранение не удалось: неверные данные формы." };
  const input = parsed.data;
  const article = await db().article.findUnique({ where: { id: input.id } });
  if (!article) return { ok: false, message: "Статья не найдена." };
  if (article.deletedAt) return { ok: false, message: "Статья в корзине." };
  if (!canEditArticle(staff, article)) return { ok: false, message: "У вас нет прав изменять эту статью." };
  const categoryId = input.categoryId ?? article.categoryId;
  await db().$transaction(async (tx) => {
    await tx.articleRevision.deleteMany({ where: { articleId: article.id, userId: staff.id, autosave: true } });
    await tx.articleRevision.create({
      data: {
        articleId: article.id,
        userId: staff.id,
        autosave: true,
        title: input.title,
        slug: input.slug,
        lead: input.lead,
        bodyHtml: sanitizeArticleHtml(input.bodyHtml),
        categoryId,
        categoryIds: [...new Set([categoryId, ...input.categoryIds])],
        tagNames: input.tags,
        coverId: input.coverId ?? null,
        coverAlt: input.coverAlt,
        coverCaption: input.coverCaption,
        mustRead: input.mustRead,
        status: article.status,
        publishedAt: article.publishedAt,
        createdAt: now,
      },
    });
  });
  return { ok: true, id: article.id, savedAt: now, created: false, version: article.version };
}

async function createDraft(staff: Staff, fields: Record<string, string | string[]>): Promise<AutosaveResult> {
  const parsed = articleInput.safeParse({ ...fields, intent: "draft" });
  if (!parsed.success) return { ok: false, message: "Черновик сохранится, когда будут заголовок и рубрика." };
  const saved = await saveArticle(staff, parsed.data);
  if (!saved.ok) return { ok: false, message: saved.message };
  return { ok: true, id: saved.id, savedAt: new Date(), created: true, version: 0 };
}
