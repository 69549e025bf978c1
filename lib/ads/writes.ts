import "server-only";
import { z } from "zod";
import { fromLocalInput } from "@/lib/articles/local-time";
import { audit } from "@/lib/audit/audit";
import { can } from "@/lib/auth/roles";
import type { Staff } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { httpsOrigin, inlineScriptHashes } from "@/lib/security/ad-sources";
import { adLinksOf } from "./ad-code";
import { ADS_SETTING_KEY, parseAdSettings, type AdSettings } from "./ad-settings";
import { PLACEMENTS } from "./placements";

export { PLACEMENTS, PLACEMENT_LABELS } from "./placements";

const url = (message: string) =>
  z
    .string()
    .trim()
    .max(2000)
    .refine((v) => v === "" || /^https?:\/\//.test(v) || /^\/(?!\/)/.test(v), message);

const localTime = z
  .string()
  .trim()
  .refine((v) => v === "" || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v), "Укажите дату и время.")
  .default("");

export const adSlotInput = z
  .object({
    id: z.coerce.number().int().positive().optional(),
    name: z.string().trim().min(1, "Введите название.").max(200),
    placement: z.enum(PLACEMENTS, "Выберите место."),
    imageUrl: url("Адрес картинки должен начинаться с https:// или /."),
    linkUrl: url("Ссылка должна начинаться с https:// или /."),
    html: z.string().max(20_000, "HTML длиннее 20 000 символов.").default(""),
    active: z
      .string()
      .optional()
      .transform((v) => v === "on"),
    position: z.coerce.number().int().min(0).max(1000).default(0),
    weight: z.coerce.number().int().min(1, "Вес — от 1 до 100.").max(100, "Вес — от 1 до 100.").default(1),
    afterNth: z.coerce.number().int().min(0).max(50).default(0),
    startsAt: localTime,
    endsAt: localTime,
    categoryIds: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((v) => [...new Set((v === undefined ? [] : [v].flat()).map(Number).filter((n) => Number.isInteger(n) && n > 0))]),
  })
  .refine((v) => !v.startsAt || !v.endsAt || v.startsAt < v.endsAt, { path: ["endsAt"], message: "Окончание должно быть позже начала." });

export type AdSlotInput = z.infer<typeof adSlotInput>;

export async function listAdSlots() {
  return db().adSlot.findMany({ orderBy: [{ placement: "asc" }, { position: "asc" }, { id: "asc" }] });
}

/** Impressions and clicks of every slot over the last `days` days, newest first. */
export async function adStats(days = 14) {
  const since = new Date(Date.now() - days * 86_400_000);
  return db().adDailyStats.findMany({ where: { day: { gte: since } }, orderBy: [{ day: "desc" }, { slotId: "asc" }] });
}

/** Saves a slot; raw HTML is kept only from administrators, whatever the form sent, and its inline scripts are hashed now. */
export async function saveAdSlot(staff: Staff, input: AdSlotInput): Promise<{ ok: boolean; message: string }> {
  if (input.html.trim() && !can(staff.role, "ads.html")) return { ok: false, message: "HTML-код рекламы может задать только администратор." };
  if (!input.html.trim() && !input.imageUrl) return { ok: false, message: "Укажите картинку или HTML-код." };
  const zone = env().SITE_TIMEZONE;
  const html = input.html.trim() || null;
  const data = {
    name: input.name,
    placement: input.placement,
    imageUrl: input.imageUrl || null,
    linkUrl: input.linkUrl || null,
    html,
    scriptHashes: html ? inlineScriptHashes(html) : [],
    active: input.active,
    position: input.position,
    weight: input.weight,
    afterNth: input.afterNth,
    startsAt: input.startsAt ? fromLocalInput(input.startsAt, zone) : null,
    endsAt: input.endsAt ? fromLocalInput(input.endsAt, zone) : null,
    categoryIds: input.categoryIds,
  };
  const slot = input.id ? await db().adSlot.update({ where: { id: input.id }, data }) : await db().adSlot.create({ data });
  await audit(staff.id, input.id ? "ad.update" : "ad.create", `ad:${slot.id}`, { active: slot.active, placement: slot.placement });
  return { ok: true, message: "Рекламное место сохранено." };
}

export async function deleteAdSlot(staff: Staff, id: number): Promise<void> {
  await db().adSlot.delete({ where: { id } });
  await audit(staff.id, "ad.delete", `ad:${id}`, {});
}

export const adSettingsInput = z.object({
  headCode: z.string().max(20_000, "Код длиннее 20 000 символов.").default(""),
  bodyCode: z.string().max(20_000, "Код длиннее 20 000 символов.").default(""),
  extraOrigins: z
    .string()
    .max(5_000)
    .default("")
    .transform((v) => v.split(/\s+/).filter(Boolean))
    .refine((list) => list.every((o) => httpsOrigin(o) !== null), "Каждый адрес должен начинаться с https://."),
});

/** Saves «Код счётчиков» (administrators only: it runs on every reader page), hashing its inline scripts now. */
export async function saveAdSettings(staff: Staff, input: z.infer<typeof adSettingsInput>): Promise<{ ok: boolean; message: string }> {
  if (!can(staff.role, "ads.html")) return { ok: false, message: "Код счётчиков может задать только администратор." };
  const value: AdSettings = {
    headCode: input.headCode.trim(),
    bodyCode: input.bodyCode.trim(),
    extraOrigins: [...new Set(input.extraOrigins.map((o) => httpsOrigin(o)!))],
    scriptHashes: [...new Set([...inlineScriptHashes(input.headCode.trim()), ...inlineScriptHashes(input.bodyCode.trim())])],
  };
  await db().setting.upsert({ where: { key: ADS_SETTING_KEY }, create: { key: ADS_SETTING_KEY, value }, update: { value } });
  await audit(staff.id, "ads.settings", "setting:ads", { origins: value.extraOrigins.length });
  return { ok: true, message: "Код счётчиков сохранён." };
}

export async function readAdSettings(): Promise<AdSettings> {
  const row = await db().setting.findUnique({ where: { key: ADS_SETTING_KEY }, select: { value: true } });
  return parseAdSettings(row?.value);
}

/** Where a slot's links may lead: its link and the links in its saved code; null for no such slot. */
export async function adClickTargets(slotId: number): Promise<string[] | null> {
  const slot = await db().adSlot.findUnique({ where: { id: slotId }, select: { linkUrl: true, html: true } });
  return slot && [...(slot.linkUrl ? [slot.linkUrl] : []), ...(slot.html ? adLinksOf(slot.html) : [])];
}
