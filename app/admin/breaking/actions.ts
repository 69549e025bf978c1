"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/define-action";
import { fail, succeed } from "@/lib/actions/result";
import { breakingInput } from "@/lib/breaking/breaking-input";
import { setBreaking } from "@/lib/breaking/writes";
import { invalidateAfterWrite } from "@/lib/edge/invalidate";
import { toLocalInput } from "@/lib/articles/local-time";
import { env } from "@/lib/env";

export type BreakingSaved = { untilLocal: string };

/** «Срочно до» from the article editor and from «Срочно»: set, extend or take off. */
export const setBreakingAction = staffAction(
  "articles.write",
  breakingInput,
  async (staff, input) => {
    const result = await setBreaking(staff, input);
    if (!result.ok) return fail(result.message);
    await invalidateAfterWrite({ t: "Article", ids: [input.articleId], breaking: true });
    revalidatePath("/admin/breaking");
    return succeed<BreakingSaved>(result.message, { untilLocal: result.until ? toLocalInput(result.until, env().SITE_TIMEZONE) : "" });
  },
  { invalid: "Не удалось прочитать форму «Срочно»: обновите страницу." },
);
