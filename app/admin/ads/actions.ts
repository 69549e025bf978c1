"use server";
import { staffAction } from "@/lib/actions/define-action";
import { fromOutcome } from "@/lib/actions/result";
import { ADS_SETTING_KEY } from "@/lib/cache/tags";
import { adSettingsInput, adSlotInput, saveAdSettings, saveAdSlot } from "@/lib/ads/writes";
import { invalidateAfterWrite } from "@/lib/edge/invalidate";

export const saveAdSlotAction = staffAction("ads.manage", adSlotInput, async (staff, input) => {
  const outcome = await saveAdSlot(staff, input);
  if (outcome.ok) await invalidateAfterWrite({ t: "AdSlot" });
  return fromOutcome(outcome);
});

export const saveAdSettingsAction = staffAction("ads.manage", adSettingsInput, async (staff, input) => {
  const outcome = await saveAdSettings(staff, input);
  if (outcome.ok) await invalidateAfterWrite({ t: "Setting", key: ADS_SETTING_KEY });
  return fromOutcome(outcome);
});
