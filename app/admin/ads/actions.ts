"use server";
import { adminAction } from "@/lib/admin/action";
import { adSlotInput, saveAdSlot } from "@/lib/admin/ads";
import { fieldErrors, formFields, type FormState } from "@/lib/admin/form";
import { invalidateAfterWrite } from "@/lib/cache/invalidate";

export const saveAdSlotAction = adminAction("ads.manage", async (staff, _prev: FormState, formData: FormData): Promise<FormState> => {
  const parsed = adSlotInput.safeParse(formFields(formData));
  if (!parsed.success) return fieldErrors(parsed.error);
  const result = await saveAdSlot(staff, parsed.data);
  if (result.ok) await invalidateAfterWrite({ t: "AdSlot" });
  return result;
});
