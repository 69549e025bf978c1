import "server-only";
import { visibleToReaders } from "@/lib/articles/visibility";
import { canPublishArticle } from "@/lib/articles/permissions";
import { toLocalInput } from "@/lib/articles/local-time";
import type { Staff } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export type BreakingRow = { id: number; title: string; slug: string; until: Date; untilLocal: string; inTicker: boolean; canChange: boolean };

/**
 * Every article marked «Срочно» whose time has not come, the ones readers see in the ticker
 * (published, three newest) flagged; scheduled ones wait for their publication.
 */
export async function listBreaking(staff: Staff, now = new Date()): Promise<BreakingRow[]> {
  const rows = await db().article.findMany({
    where: { breakingUntil: { gt: now } },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: 100,
    select: { id: true, title: true, slug: true, authorId: true, breakingUntil: true, status: true, publishedAt: true },
  });
  const visible = visibleToReaders(undefined, now);
  let shown = 0;
  return rows.map((r) => {
    const isVisible = r.status === visible.status && !!r.publishedAt && r.publishedAt <= now;
    const inTicker = isVisible && shown++ < 3;
    return {
      id: r.id,
      title: r.title,
      slug: r.slug,
      until: r.breakingUntil!,
      untilLocal: toLocalInput(r.breakingUntil!, env().SITE_TIMEZONE),
      inTicker,
      canChange: canPublishArticle(staff, r),
    };
  });
}

/** The editor's «Срочно до» value, in the site's zone; "" when not (or no longer) breaking. */
export async function breakingUntilLocal(articleId: number, now = new Date()): Promise<string> {
  const row = await db().article.findUnique({ where: { id: articleId }, select: { breakingUntil: true } });
  return row?.breakingUntil && row.breakingUntil > now ? toLocalInput(row.breakingUntil, env().SITE_TIMEZONE) : "";
}
