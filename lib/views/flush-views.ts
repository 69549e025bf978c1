import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ViewCounts } from "./view-counter";

/**
 * Adds counted views to the daily table in one statement a day. Slugs that are not a
 * published article (a 200 page that is no article, a renamed one) simply match nothing.
 */
export async function writeViewCounts(prisma: PrismaClient, counts: ViewCounts): Promise<void> {
  for (const [day, bySlug] of counts) {
    const slugs = [...bySlug.keys()];
    const views = slugs.map((s) => bySlug.get(s)!);
    await prisma.$executeRaw(Prisma.sql`
      INSERT INTO "ArticleDailyViews" ("articleId", "day", "views")
      SELECT a.id, ${day}::date, v.views
      FROM unnest(${slugs}::text[], ${views}::int[]) AS v(slug, views)
      JOIN "Article" a ON a.slug = v.slug AND a.status = 'PUBLISHED'
      ON CONFLICT ("articleId", "day") DO UPDATE SET "views" = "ArticleDailyViews"."views" + EXCLUDED."views"`);
  }
}
