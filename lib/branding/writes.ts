import "server-only";
import { audit } from "@/lib/audit/audit";
import type { Staff } from "@/lib/auth/sessions";
import { BRANDING_SETTING_KEY } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { BrandingInput } from "./branding-input";
import { ICON_SOURCE_MIN } from "./icons";

export type BrandingOutcome = { ok: true; message: string } | { ok: false; message: string; field?: string };

/** Why this image cannot be the icon, or null: it must be (nearly) square and large enough for the 512 px icon. */
export function iconProblem(image: { width: number; height: number }): string | null {
  if (Math.abs(image.width - image.height) > Math.max(image.width, image.height) * 0.02) return "Значок должен быть квадратным.";
  if (Math.min(image.width, image.height) < ICON_SOURCE_MIN) return `Значок должен быть не меньше ${ICON_SOURCE_MIN}×${ICON_SOURCE_MIN} пикселей.`;
  return null;
}

export async function saveBranding(staff: Staff, input: BrandingInput): Promise<BrandingOutcome> {
  const fields = { logoLightId: input.logoLightId, logoDarkId: input.logoDarkId, iconId: input.iconId };
  const ids = Object.values(fields).filter((id) => id !== null);
  const images = await db().media.findMany({ where: { id: { in: ids } }, select: { id: true, width: true, height: true } });
  for (const [field, id] of Object.entries(fields)) {
    if (id !== null && !images.some((i) => i.id === id)) return { ok: false, message: "Изображение не найдено в медиатеке.", field };
  }
  const icon = images.find((i) => i.id === input.iconId);
  const problem = icon ? iconProblem(icon) : null;
  if (problem) return { ok: false, message: problem, field: "iconId" };

  const value = { ...input };
  await db().$transaction(async (tx) => {
    await tx.setting.upsert({ where: { key: BRANDING_SETTING_KEY }, create: { key: BRANDING_SETTING_KEY, value }, update: { value } });
    await audit(staff.id, "branding.update", "settings:branding", { name: input.name, ...fields }, tx);
  });
  return { ok: true, message: "Оформление и реквизиты сохранены." };
}
