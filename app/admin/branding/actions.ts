"use server";
import { staffAction } from "@/lib/actions/define-action";
import { fail, failField, succeed } from "@/lib/actions/result";
import { brandingInput } from "@/lib/branding/branding-input";
import { saveBranding } from "@/lib/branding/writes";
import { BRANDING_SETTING_KEY } from "@/lib/cache/tags";
import { invalidateAfterWrite } from "@/lib/edge/invalidate";

export const saveBrandingAction = staffAction("settings.manage", brandingInput, async (staff, input) => {
  const outcome = await saveBranding(staff, input);
  if (!outcome.ok) return outcome.field ? failField(outcome.field, outcome.message) : fail(outcome.message);
  await invalidateAfterWrite({ t: "Setting", key: BRANDING_SETTING_KEY });
  return succeed(outcome.message);
});
