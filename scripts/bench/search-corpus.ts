import type { PrismaClient } from "@/lib/generated/prisma/client";

const EXTRA_WORDS = ["Павлодар", "Экибастуз", "Аксу", "Өскемен", "Семей", "Майкаин", "Баянаул", "Иртыш", "Щербакты", "Успенка", "Торайгыр", "Қазақстан"];

/**
 * Grows the seeded demo content to `target` published articles by copying it with SQL, each
 * copy's title marked with a place name and number so that copies differ. The search document
 * is copied rather than recomputed (triggers off while copying), which makes 100,000 articles
 * a matter of seconds.
 */
export async function growSearchCorpus(prisma: PrismaClient, target: number): Promise<number> {
  const base = await prisma.article.count({ where: { status: "PUBLISHED" } });
  const copies = Math.ceil((target - base) / base);
  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`ALTER TABLE "Article" DISABLE TRIGGER USER`);
      await tx.$executeRawUnsafe(
        `INSERT INTO "Article" (title, slug, lead, "bodyHtml", "categoryId", "authorId", status, "publishedAt", "createdAt", "updatedAt", "searchVector", "searchHead")
         SELECT a.title || ' — ' || w.word || ' ' || g, a.slug || '-' || g, a.lead, a."bodyHtml", a."categoryId", a."authorId", 'PUBLISHED',
                a."publishedAt" - make_interval(days => g), a."createdAt", a."updatedAt",
                a."searchVector" || setweight(to_tsvector('russian', w.word || ' ' || g), 'A'),
                a."searchHead" || setweight(to_tsvector('russian', w.word || ' ' || g), 'A')
         FROM "Article" a
         CROSS JOIN generate_series(1, $1::int) g
         CROSS JOIN LATERAL (SELECT ($2::text[])[1 + (a.id + g) % array_length($2::text[], 1)] AS word) w
         WHERE a.status = 'PUBLISHED'`,
        copies,
        EXTRA_WORDS,
      );
      await tx.$executeRawUnsafe(`ALTER TABLE "Article" ENABLE TRIGGER USER`);
    },
    { timeout: 600_000 },
  );
  // Statistics for every table a search joins, and what the bulk insert left in the GIN
  // indexes' pending lists merged into the indexes, as an autovacuum would: searches read it.
  await prisma.$executeRawUnsafe(`VACUUM ANALYZE`);
  return prisma.article.count({ where: { status: "PUBLISHED" } });
}
