import "server-only";
import { fromLocalInput, toLocalInput } from "@/lib/articles/local-time";
import { can } from "@/lib/auth/roles";
import type { Staff } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const DAY_MS = 86_400_000;

/** What the dashboard counts; null where the role has no list to link to. */
export type DashboardCounts = { pendingComments: number | null; pendingArticles: number; scheduledToday: number };

/** The articles a staff member looks after: everyone's for editors, their own otherwise. */
function ownWork(staff: Staff): Prisma.ArticleWhereInput {
  return { deletedAt: null, ...(can(staff.role, "articles.editOthers") ? {} : { authorId: staff.id }) };
}

/** Midnight to midnight of `now`'s calendar day in `timeZone`. */
export function localDayBounds(now: Date, timeZone: string): { start: Date; end: Date } {
  const day = toLocalInput(now, timeZone).slice(0, 10);
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return { start: fromLocalInput(`${day}T00:00`, timeZone)!, end: fromLocalInput(`${next}T00:00`, timeZone)! };
}

export async function dashboardCounts(staff: Staff, timeZone: string, now = new Date()): Promise<DashboardCounts> {
  const { start, end } = localDayBounds(now, timeZone);
  const [pendingComments, pendingArticles, scheduledToday] = await Promise.all([
    can(staff.role, "comments.moderate") ? db().comment.count({ where: { status: "PENDING" } }) : null,
    db().article.count({ where: { ...ownWork(staff), status: "PENDING" } }),
    db().article.count({ where: { ...ownWork(staff), status: "SCHEDULED", publishedAt: { gte: start, lt: end } } }),
  ]);
  return { pendingComments, pendingArticles, scheduledToday };
}

/**
 * The last articles touched, with their reader views of today and yesterday (UTC days):
 * views are counted per UTC day (ArticleDailyViews), so «the last 24 hours» is that window.
 */
export async function recentArticles(staff: Staff, now = new Date(), limit = 10) {
  const rows = await db().article.findMany({
    where: { ...ownWork(staff), deletedAt: null },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, title: true, status: true, updatedAt: true, author: { select: { name: true } } },
  });
  const yesterday = new Date(Date.parse(now.toISOString().slice(0, 10)) - DAY_MS);
  const views = await db().articleDailyViews.groupBy({
    by: ["articleId"],
    where: { articleId: { in: rows.map((r) => r.id) }, day: { gte: yesterday } },
    _sum: { views: true },
  });
  const byId = new Map(views.map((v) => [v.articleId, v._sum.views ?? 0]));
  return rows.map((r) => ({ ...r, recentViews: byId.get(r.id) ?? 0 }));
}
