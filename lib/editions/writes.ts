import "server-only";
import { audit } from "@/lib/audit/audit";
import type { Staff } from "@/lib/auth/sessions";
import { LANGUAGES_SETTING_KEY } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { Editions } from "./editions";

/** Saves «Языки сайта»; the change expires every page (`site`) and every server re-reads its URL scheme. */
export async function saveEditions(staff: Staff, editions: Editions): Promise<{ ok: true; message: string }> {
  const value = { enabled: editions.enabled, default: editions.default };
  await db().$transaction(async (tx) => {
    await tx.setting.upsert({ where: { key: LANGUAGES_SETTING_KEY }, create: { key: LANGUAGES_SETTING_KEY, value }, update: { value } });
    await audit(staff.id, "languages.update", "settings:languages", value, tx);
  });
  return { ok: true, message: "Языки сайта сохранены." };
}
