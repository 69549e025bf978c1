"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction, staffSubmit } from "@/lib/actions/define-action";
import { fail, succeed } from "@/lib/actions/result";
import { commentEdit, editComment, MODERATION_ACTIONS, moderateComments, parseKeys, replyAsStaff, saveCommentKeys, staffReply } from "@/lib/comments/newsroom";
import { invalidateAfterWrite } from "@/lib/edge/invalidate";

async function refreshArticles(articleIds: number[]): Promise<void> {
  await invalidateAfterWrite({ t: "Comment", ids: articleIds });
}

const moderation = z.object({
  op: z.enum(MODERATION_ACTIONS),
  ids: z.preprocess((v) => [v].flat(), z.array(z.coerce.number().int().positive()).min(1).max(500)),
  back: z
    .string()
    .regex(/^\/admin\/comments(\?[\w=&%-]*)?$/)
    .catch("/admin/comments"),
});

/** One comment's buttons and the bulk form both post here: `ids` (one or many) and `op`. */
export const moderateAction = staffSubmit(
  "comments.moderate",
  moderation,
  async (staff, input) => {
    await refreshArticles(await moderateComments(staff, input.ids, input.op));
    redirect(input.back);
  },
  () => redirect("/admin/comments?error=1"),
);

export const editCommentAction = staffAction("comments.moderate", commentEdit, async (staff, input) => {
  const articleId = await editComment(staff, input);
  if (articleId === null) return fail("Комментарий не найден.");
  await refreshArticles([articleId]);
  return succeed("Комментарий сохранён.");
});

export const replyAction = staffAction("comments.moderate", staffReply, async (staff, input) => {
  const result = await replyAsStaff(staff, input);
  if (!result.ok) return fail(result.message);
  await refreshArticles([result.articleId]);
  return succeed("Ответ опубликован.");
});

export const saveKeysAction = staffAction(
  "settings.manage",
  z.object({ moderationKeys: z.string().max(100_000).optional(), disallowedKeys: z.string().max(100_000).optional() }),
  async (staff, input) => {
    const keys = await saveCommentKeys(staff, {
      ...(input.moderationKeys !== undefined ? { moderation: parseKeys(input.moderationKeys) } : {}),
      ...(input.disallowedKeys !== undefined ? { disallowed: parseKeys(input.disallowedKeys) } : {}),
    });
    return succeed("Списки сохранены.", { keys });
  },
);
