"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "@/lib/actions/define-action";
import { fail, succeed } from "@/lib/actions/result";
import { invalidateAfterWrite } from "@/lib/edge/invalidate";
import { pageInput } from "@/lib/pages/page-input";
import { deletePage, savePage } from "@/lib/pages/writes";

export type SavedPage = { id: number; slug: string };

export const savePageAction = staffAction("pages.manage", pageInput, async (staff, input) => {
  const result = await savePage(staff, input);
  if (!result.ok) return fail(result.message, result.errors);
  await invalidateAfterWrite({ t: "Page" });
  if (!input.id) redirect(`/admin/pages/${result.id}?saved=1`);
  return succeed<SavedPage>(result.message, { id: result.id, slug: result.slug });
});

export const deletePageAction = staffAction(
  "pages.manage",
  z.object({ id: z.coerce.number().int().positive() }),
  async (staff, input) => {
    const result = await deletePage(staff, input.id);
    if (!result.ok) return fail(result.message);
    await invalidateAfterWrite({ t: "Page" });
    redirect("/admin/pages?deleted=1");
  },
  { invalid: "Неверный запрос." },
);
