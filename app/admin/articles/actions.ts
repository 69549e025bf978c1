"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffSubmit } from "@/lib/actions/define-action";
import { bulkChangeArticles } from "@/lib/articles/bulk";
import { encodeReport, type SkipReason } from "@/lib/articles/bulk-report";
import { trashArticles } from "@/lib/articles/trash";
import { invalidateAfterWrite } from "@/lib/edge/invalidate";

const bulk = z.object({
  op: z.enum(["publish", "draft", "category", "trash"]),
  ids: z.preprocess((v) => [v ?? []].flat(), z.array(z.coerce.number().int().positive()).max(500)),
  categoryId: z.coerce.number().int().positive().optional().catch(undefined),
  back: z
    .string()
    .regex(/^\/admin\/articles(\?[\w=&%.+-]*)?$/)
    .catch("/admin/articles"),
});

function withReport(back: string, report: string): string {
  const url = new URL(back, "http://x");
  url.searchParams.set("bulk", report);
  return `${url.pathname}${url.search}`;
}

/** How many changed, which articles readers may see differently, and why the others were left. */
type Applied = { done: number; touched: number[]; skipped: Partial<Record<SkipReason, number>> };

async function apply(staff: Parameters<typeof bulkChangeArticles>[0], input: z.output<typeof bulk>): Promise<Applied> {
  if (input.op === "trash") {
    // The trash's rules decide (lib/articles/trash.ts): its refusals read as «нет прав» here.
    const result = await trashArticles(staff, input.ids);
    return { done: result.trashed, touched: result.trashed > 0 ? input.ids : [], skipped: { denied: result.refused } };
  }
  const change = input.op === "category" ? { op: input.op, categoryId: input.categoryId! } : { op: input.op };
  const outcome = await bulkChangeArticles(staff, input.ids, change);
  return { done: outcome.done.length, touched: outcome.done, skipped: outcome.skipped };
}

/**
 * The article list's «С отмеченными» form: one change to every ticked article the caller may
 * make it to, then back to the same list with «Опубликовано: 3; пропущено: 1 (нет прав)».
 */
export const bulkArticlesAction = staffSubmit(
  "articles.write",
  bulk,
  async (staff, input) => {
    if (input.ids.length === 0) redirect(withReport(input.back, "none"));
    if (input.op === "category" && !input.categoryId) redirect(withReport(input.back, "invalid"));
    const { done, touched, skipped } = await apply(staff, input);
    if (touched.length > 0) await invalidateAfterWrite({ t: "Article", ids: touched, summary: touched, lists: true });
    redirect(withReport(input.back, encodeReport(input.op, done, skipped)));
  },
  () => redirect("/admin/articles?bulk=invalid"),
);
