import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { summarySelect, toSummary } from "@/lib/articles/mapping";
import type { ArticleSummary } from "@/lib/articles/types";
import { VISIBLE_SQL, visibleInEditionSql } from "@/lib/articles/visibility";
import type { Language } from "@/lib/i18n/languages";

export const MOST_READ_DAYS = 7;

/** The visible articles most viewed over the last seven UTC days (today included); in one edition when given. */
export async function readMostRead(prisma: PrismaClient, limit: number, language?: Language): Promise<ArticleSummary[]> {
  const ranked = await prisma.$queryRaw<{ id: number }[]>(Prisma.sql`
    SELECT a.id
    FROM "ArticleDailyViews" v
    JOIN "Article" a ON a.id = v."articleId"
    WHERE v."day" > (now() AT TIME ZONE 'UTC')::date - ${MOST_READ_DAYS}::int
      AND ${language ? visibleInEditionSql(language) : VISIBLE_SQL}
    GROUP BY a.id, a."publishedAt"
    ORDER BY sum(v."views") DESC, a."publishedAt" DESC
    LIMIT ${limit}`);
  if (ranked.length === 0) return [];
  const rows = await prisma.article.findMany({ where: { id: { in: ranked.map((r) => r.id) } }, select: summarySelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ranked.flatMap(({ id }) => {
    const row = byId.get(id);
    return row ? [toSummary(row)] : [];
  });
}
