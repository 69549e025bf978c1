import type { PrismaClient } from "@/lib/generated/prisma/client";
import { visibleToReaders } from "@/lib/articles/visibility";
import type { Language } from "@/lib/i18n/languages";

export type BreakingItem = { id: number; title: string; slug: string; until: string };

/** Visible articles marked «Срочно» whose expiry has not come, newest first; in one edition when given. */
export async function readBreaking(prisma: PrismaClient, now = new Date(), limit = 3, language?: Language): Promise<BreakingItem[]> {
  const rows = await prisma.article.findMany({
    where: { ...visibleToReaders(language, now), breakingUntil: { gt: now } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, title: true, slug: true, breakingUntil: true },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, slug: r.slug, until: r.breakingUntil!.toISOString() }));
}

/**
 * How long a cached page may show these items: until the first one expires (the server also
 * invalidates at that moment, see expiry-watcher.ts). Next keeps an entry whose expiry or
 * stale time is under five minutes out of cached pages altogether, so those stay at five
 * minutes or more and only `revalidate` follows the expiry.
 */
export function breakingCacheLife(items: BreakingItem[], now = Date.now()): { stale: number; revalidate: number; expire: number } {
  if (items.length === 0) return { stale: 300, revalidate: 3600, expire: 86_400 };
  const seconds = Math.max(1, Math.ceil((Math.min(...items.map((i) => Date.parse(i.until))) - now) / 1000));
  return { stale: 300, revalidate: seconds, expire: Math.max(300, seconds + 60) };
}
