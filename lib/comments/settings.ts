import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModerationKeys } from "./moderation";

/** Setting rows holding the comment keys, each a JSON array of words or phrases (edited in /admin). */
export const MODERATION_KEYS_SETTING = "comments.moderationKeys";
export const DISALLOWED_KEYS_SETTING = "comments.disallowedKeys";

type SettingReader = { setting: Pick<Prisma.TransactionClient["setting"], "findMany"> };

function asWords(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export async function readModerationKeys(db: SettingReader): Promise<ModerationKeys> {
  const rows = await db.setting.findMany({ where: { key: { in: [MODERATION_KEYS_SETTING, DISALLOWED_KEYS_SETTING] } } });
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  return { moderation: asWords(byKey.get(MODERATION_KEYS_SETTING)), disallowed: asWords(byKey.get(DISALLOWED_KEYS_SETTING)) };
}
