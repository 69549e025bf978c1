import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit/audit";
import { can } from "@/lib/auth/roles";
import type { Staff } from "@/lib/auth/sessions";
import { db } from "@/lib/db";

export const PLACEMENTS = ["ARTICLE_TOP", "ARTICLE_INLINE", "ARTICLE_BOTTOM", "SIDEBAR"] as const;
export const PLACEMENT_LABELS: Record<(typeof PLACEMENTS)[number], string> = {
  ARTICLE_TOP: "Над статьёй",
  ARTICLE_INLINE: "Внутри статьи",
  ARTICLE_BOTTOM: "Под статьёй",
  SIDEBAR: "Боковая колонка",
};

const url = (message: string) =>
  z
    .string()
    .trim()
    .max(2000)
    .refine((v) => v === "" || /^https?:\/\//.test(v) || /^\/(?!\/)/.test(v), message);

export const adSlotInput = z.object({
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
});

export async function listAdSlots() {
  return db().adSlot.findMany({ orderBy: [{ placement: "asc" }, { position: "asc" }, { id: "asc" }] });
}

/** Saves a slot; raw HTML is kept only from administrators, whatever the form sent. */
export async function saveAdSlot(staff: Staff, input: z.infer<typeof adSlotInput>): Promise<{ ok: boolean; message: string }> {
  if (input.html.trim() && !can(staff.role, "ads.html")) return { ok: false, message: "HTML-код рекламы может задать только администратор." };
  if (!input.html.trim() && !input.imageUrl) return { ok: false, message: "Укажите картинку или HTML-код." };
  const data = {
    name: input.name,
    placement: input.placement,
    imageUrl: input.imageUrl || null,
    linkUrl: input.linkUrl || null,
    html: input.html.trim() || null,
    active: input.active,
    position: input.position,
  };
  const slot = input.id ? await db().adSlot.update({ where: { id: input.id }, data }) : await db().adSlot.create({ data });
  await audit(staff.id, input.id ? "ad.update" : "ad.create", `ad:${slot.id}`, { active: slot.active, placement: slot.placement });
  return { ok: true, message: "Рекламное место сохранено." };
}
