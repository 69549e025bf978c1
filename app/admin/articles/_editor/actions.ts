"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction } from "@/lib/admin/action";
import { fieldErrors, formFields, type FormState } from "@/lib/admin/form";
import { articleInput } from "@/lib/articles/article-input";
import { restoreRevision } from "@/lib/articles/revisions";
import { saveArticle } from "@/lib/articles/save-article";
import { invalidateAfterWrite } from "@/lib/cache/invalidate";
import { STATUS_LABELS } from "@/lib/admin/articles";

export type ArticleFormState = FormState & { id?: number; slug?: string; status?: string };

export const saveArticleAction = adminAction("articles.write", async (staff, _prev: ArticleFormState, formData: FormData): Promise<ArticleFormState> => {
  const parsed = articleInput.safeParse(formFields(formData));
  if (!parsed.success) return fieldErrors(parsed.error);
  const result = await saveArticle(staff, parsed.data);
  if (!result.ok) return { errors: result.errors, message: result.message };
  await invalidateAfterWrite({ t: "Article", ids: [result.id] });
  if (!parsed.data.id) redirect(`/admin/articles/${result.id}?saved=1`);
  return { ok: true, id: result.id, slug: result.slug, status: result.status, message: `Сохранено: ${STATUS_LABELS[result.status].toLowerCase()}.` };
});

export const restoreRevisionAction = adminAction("articles.write", async (staff, formData: FormData): Promise<void> => {
  const revisionId = z.coerce.number().int().positive().parse(formData.get("revisionId"));
  const result = await restoreRevision(staff, revisionId);
  if (!result.ok) throw new Error(result.message);
  await invalidateAfterWrite({ t: "Article", ids: [result.articleId] });
  redirect(`/admin/articles/${result.articleId}?restored=1`);
});
