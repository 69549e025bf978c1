"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction } from "@/lib/admin/action";
import { commentEdit, editComment, MODERATION_ACTIONS, moderateComments, parseKeys, replyAsStaff, saveCommentKeys, staffReply } from "@/lib/admin/comments";
import { fieldErrors, formFields, type FormState } from "@/lib/admin/form";
import { invalidateAfterWrite } from "@/lib/cache/invalidate";

async function refreshArticles(articleIds: number[]): Promise<void> {
  await invalidateAfterWrite({ t: "Comment", ids: articleIds });
}

const moderation = z.object({
  action: z.enum(MODERATION_ACTIONS),
  ids: z.array(z.coerce.number().int().positive()).min(1).max(500),
  back: z.string().regex(/^\/admin\/comments(\?[\w=&%-]*)?$/).catch("/admin/comments"),
});

/** One comment's buttons and the bulk form both post here: `ids` (one or many) and `action`. */
export const moderateAction = adminAction("comments.moderate", async (staff, formData: FormData): Promise<void> => {
  const parsed = moderation.safeParse({ action: formData.get("op"), ids: formData.getAll("ids"), back: formData.get("back") });
  if (!parsed.success) redirect("/admin/comments?error=1");
  await refreshArticles(await moderateComments(staff, parsed.data.ids, parsed.data.action));
  redirect(parsed.data.back);
});

export const editCommentAction = adminAction("comments.moderate", async (staff, _prev: FormState, formData: FormData): Promise<FormState> => {
  const parsed = commentEdit.safeParse(formFields(formData));
  if (!parsed.success) return fieldErrors(parsed.error);
  const articleId = await editComment(staff, parsed.data);
  if (articleId === null) return { message: "Комментарий не найден." };
  await refreshArticles([articleId]);
  return { ok: true, message: "Комментарий сохранён." };
});

export const replyAction = adminAction("comments.moderate", async (staff, _prev: FormState, formData: FormData): Promise<FormState> => {
  const parsed = staffReply.safeParse(formFields(formData));
  if (!parsed.success) return fieldErrors(parsed.error);
  const result = await replyAsStaff(staff, parsed.data);
  if (!result.ok) return { message: result.message };
  await refreshArticles([result.articleId]);
  return { ok: true, message: "Ответ опубликован." };
});

export const saveKeysAction = adminAction("settings.manage", async (staff, _prev: FormState, formData: FormData): Promise<FormState> => {
  const text = z.object({ moderationKeys: z.string().max(100_000).default(""), disallowedKeys: z.string().max(100_000).default("") }).safeParse(formFields(formData));
  if (!text.success) return fieldErrors(text.error);
  await saveCommentKeys(staff, { moderation: parseKeys(text.data.moderationKeys), disallowed: parseKeys(text.data.disallowedKeys) });
  return { ok: true, message: "Списки сохранены." };
});
