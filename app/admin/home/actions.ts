"use server";
import { staffAction } from "@/lib/actions/define-action";
import { succeed } from "@/lib/actions/result";
import { invalidateAfterWrite } from "@/lib/edge/invalidate";
import { HOME_LAYOUT_SETTING_KEY } from "@/lib/cache/tags";
import { homeLayoutInput, layoutFromInput } from "@/lib/home/layout";
import { saveHomeLayout } from "@/lib/home/writes";

export const saveHomeLayoutAction = staffAction("home.manage", homeLayoutInput, async (staff, input) => {
  await saveHomeLayout(staff, layoutFromInput(input));
  await invalidateAfterWrite({ t: "Setting", key: HOME_LAYOUT_SETTING_KEY });
  return succeed("Главная страница сохранена.");
});
