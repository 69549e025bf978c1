"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction, staffSubmit } from "@/lib/actions/define-action";
import { fail, succeed } from "@/lib/actions/result";
import { articleInput } from "@/lib/articles/article-input";
import { refusedSave } from "@/lib/articles/edit-guard";
import { STATUS_LABELS } from "@/lib/articles/newsroom-reads";
import { restoreRevision } from "@/lib/articles/revisions";
import { can } from "@/lib/auth/roles";
import { rememberMediaAlt } from "@/lib/media/library";
import { saveArticle } from "@/lib/articles/save-article";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { invalidateAfterWrite } from "@/lib/edge/invalidate";

export type SavedArticle = { id: number; slug: string; status: ArticleStatus; version: number };

export const saveArticleAction = staffAction("articles.write", articleInput, async (staff, input) => {
  const result = await saveArticle(staff, input);
  if (!result.ok) return refusedSave(result);
  await invalidateAfterWrite({ t: "Article", ids: [result.id] });
  if (!input.id) redirect(`/admin/articles/${result.id}?saved=1`);
  return succeed<SavedArticle>(`Сохранено: ${STATUS_LABELS[result.status].toLowerCase()}.`, {
    id: result.id,
    slug: result.slug,
    status: result.status,
    version: result.version,
  });
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

/** The alt typed when inserting an image, saved to its library row (lib/media/library.ts `rememberMediaAlt`). */
export const rememberImageAltAction = staffAction(
  "articles.write",
  z.object({ id: z.coerce.number().int().positive(), alt: z.string().trim().min(1, "Описание пустое.").max(300, "Описание длиннее 300 символов.") }),
  async (staff, input) => {
    const saved = await rememberMediaAlt(input.id, input.alt, { replace: can(staff.role, "media.upload") });
    return saved ? succeed("Описание сохранено в медиатеке.") : fail("Описание в медиатеке не изменено.");
  },
);
