"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction, staffSubmit } from "@/lib/actions/define-action";
import { fail, succeed } from "@/lib/actions/result";
import { articleInput } from "@/lib/articles/article-input";
import { STATUS_LABELS } from "@/lib/articles/newsroom-reads";
import { restoreRevision } from "@/lib/articles/revisions";
import { saveArticle } from "@/lib/articles/save-article";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { invalidateAfterWrite } from "@/lib/edge/invalidate";

export type SavedArticle = { id: number; slug: string; status: ArticleStatus };

export const saveArticleAction = staffAction("articles.write", articleInput, async (staff, input) => {
  const result = await saveArticle(staff, input);
  if (!result.ok) return fail(result.message, result.errors);
  await invalidateAfterWrite({ t: "Article", ids: [result.id] });
  if (!input.id) redirect(`/admin/articles/${result.id}?saved=1`);
  return succeed<SavedArticle>(`Сохранено: ${STATUS_LABELS[result.status].toLowerCase()}.`, { id: result.id, slug: result.slug, status: result.status });
});

export const restoreRevisionAction = staffSubmit(
  "articles.write",
  z.object({ revisionId: z.coerce.number().int().positive() }),
  async (staff, input) => {
    const result = await restoreRevision(staff, input.revisionId);
    if (!result.ok) throw new Error(result.message);
    await invalidateAfterWrite({ t: "Article", ids: [result.articleId] });
    redirect(`/admin/articles/${result.articleId}?restored=1`);
  },
  () => redirect("/admin/articles"),
);
