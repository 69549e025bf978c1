"use server";
import { staffAction } from "@/lib/actions/define-action";
import { fromOutcome } from "@/lib/actions/result";
import { adSlotInput, saveAdSlot } from "@/lib/ads/writes";
import { invalidateAfterWrite } from "@/lib/edge/invalidate";

export const saveAdSlotAction = staffAction("ads.manage", adSlotInput, async (staff, input) => {
  const outcome = await saveAdSlot(staff, input);
  if (outcome.ok) await invalidateAfterWrite({ t: "AdSlot" });
  return fromOutcome(outcome);
});
