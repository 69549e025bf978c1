import "server-only";
import { audit } from "@/lib/audit/audit";
import type { Staff } from "@/lib/auth/sessions";
import { HOME_LAYOUT_SETTING_KEY } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { HomeLayout } from "./layout";

export async function saveHomeLayout(staff: Staff, layout: HomeLayout): Promise<void> {
  await db().setting.upsert({ where: { key: HOME_LAYOUT_SETTING_KEY }, create: { key: HOME_LAYOUT_SETTING_KEY, value: layout }, update: { value: layout } });
  await audit(staff.id, "home.layout", "setting:home-layout", { lead: layout.lead.kind, blocks: layout.blocks?.length ?? null });
}

/** Published articles to pin, newest first. */
export async function pinCandidates(limit = 60) {
  return db().article.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, title: true },
  });
}
