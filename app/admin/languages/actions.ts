"use server";
import { staffAction } from "@/lib/actions/define-action";
import { succeed } from "@/lib/actions/result";
import { LANGUAGES_SETTING_KEY } from "@/lib/cache/tags";
import { invalidateAfterWrite } from "@/lib/edge/invalidate";
import { editionsInput } from "@/lib/editions/editions-input";
import { saveEditions } from "@/lib/editions/writes";

export const saveEditionsAction = staffAction("settings.manage", editionsInput, async (staff, input) => {
  const outcome = await saveEditions(staff, input);
  await invalidateAfterWrite({ t: "Setting", key: LANGUAGES_SETTING_KEY });
  return succeed(outcome.message);
});
