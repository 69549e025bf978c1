"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "@/lib/actions/define-action";
import { fail, type ActionResult } from "@/lib/actions/result";
import { purgeArticle, restoreArticle, trashArticles } from "@/lib/articles/trash";
import { invalidateAfterWrite } from "@/lib/edge/invalidate";
import { purgePage, restorePage, trashPage } from "@/lib/pages/trash";

const byId = z.object({ id: z.coerce.number().int().positive() });
const INVALID = { invalid: "Неверный запрос." };

export const trashArticleAction = staffAction(
  "articles.write",
  byId,
  async (staff, input): Promise<ActionResult> => {
    const result = await trashArticles(staff, [input.id]);
    if (result.trashed === 0) return fail(result.message);
    await invalidateAfterWrite({ t: "Article", ids: [input.id], summary: [input.id], lists: true });
    redirect("/admin/trash?moved=1");
  },
  INVALID,
);

export const restoreArticleAction = staffAction(
  "articles.write",
  byId,
  async (staff, input): Promise<ActionResult> => {
    const result = await restoreArticle(staff, input.id);
    if (!result.ok) return fail(result.message);
    await invalidateAfterWrite({ t: "Article", ids: [input.id], summary: [input.id], lists: true });
    redirect("/admin/trash?restored=1");
  },
  INVALID,
);

export const purgeArticleAction = staffAction(
  "articles.write",
  byId,
  async (staff, input): Promise<ActionResult> => {
    const result = await purgeArticle(staff, input.id);
    if (!result.ok) return fail(result.message);
    redirect("/admin/trash?purged=1");
  },
  INVALID,
);

export const trashPageAction = staffAction(
  "pages.manage",
  byId,
  async (staff, input): Promise<ActionResult> => {
    const result = await trashPage(staff, input.id);
    if (!result.ok) return fail(result.message);
    await invalidateAfterWrite({ t: "Page" });
    redirect("/admin/trash?moved=1");
  },
  INVALID,
);

export const restorePageAction = staffAction(
  "pages.manage",
  byId,
  async (staff, input): Promise<ActionResult> => {
    const result = await restorePage(staff, input.id);
    if (!result.ok) return fail(result.message);
    await invalidateAfterWrite({ t: "Page" });
    redirect("/admin/trash?restored=1");
  },
  INVALID,
);

export const purgePageAction = staffAction(
  "pages.manage",
  byId,
  async (staff, input): Promise<ActionResult> => {
    const result = await purgePage(staff, input.id);
    if (!result.ok) return fail(result.message);
    redirect("/admin/trash?purged=1");
  },
  INVALID,
);
