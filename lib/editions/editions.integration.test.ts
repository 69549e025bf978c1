import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { buildWorld } from "@/tests/support/world";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getArchivePage, getArticleBySlug, getLatestArticles } from "@/lib/articles/reads";
import { translationRefusal } from "@/lib/articles/translations";
import { getFeedArticles } from "@/lib/feeds/feed-articles";
import { getEditionCategories } from "@/lib/taxonomy/reads";

for (const target of databaseTargets()) {
  const available = await target.available();
  if (!available) console.warn(`[integration] ${target.name} does not answer: its editions suite is skipped.`);

  describe.skipIf(!available)(`editions on ${target.name}`, () => {
    let prisma: PrismaClient;
    let world: Awaited<ReturnType<typeof buildWorld>>;
    let original: { id: number };
    let translation: { id: number };

    beforeAll(async () => {
      prisma = (await target.open()).prisma;
      world = await buildWorld(prisma, 10);
      await prisma.category.update({ where: { id: world.society.id }, data: { kkName: "Қоғам", kkSlug: "qogam" } });
      original = await prisma.article.findUniqueOrThrow({ where: { slug: "pub-1" } });
      const kazakh = (slug: string, hoursAgo: number, translationOfId: number | null = null) =>
        prisma.article.create({
          data: {
            title: `Мақала ${slug}`,
            slug,
            bodyHtml: `<p>Мәтін ${slug}</p>`,
            categoryId: world.society.id,
            authorId: world.anna.id,
            status: "PUBLISHED",
            publishedAt: new Date(Date.now() - hoursAgo * 3_600_000),
            language: "kk",
            translationOfId,
          },
        });
      translation = await kazakh("kk-1", 1, original.id);
      await kazakh("kk-2", 2);
    });
    afterAll(() => target.close());

    it("lists each edition's own articles only, with categories named in its language", async () => {
      const kazakhLatest = await getLatestArticles("kk", 100);
      expect(kazakhLatest.map((a) => a.slug)).toEqual(["kk-1", "kk-2"]);
      expect(kazakhLatest[0]!.category).toEqual({ name: "Қоғам", slug: "qogam" });
      const russianLatest = await getLatestArticles("ru", 100);
      expect(russianLatest).toHaveLength(10);
      expect(russianLatest.every((a) => a.language === "ru")).toBe(true);
      expect((await getArchivePage("kk", "category", "qogam", 1))?.items.map((a) => a.slug)).toEqual(["kk-1", "kk-2"]);
      expect(await getArchivePage("kk", "category", "obshchestvo", 1)).toMatchObject({ total: 0 });
      expect((await getFeedArticles("kk")).map((a) => a.slug)).toEqual(["kk-1", "kk-2"]);
      // A category without a Kazakh name is not in the Kazakh edition.
      expect((await getEditionCategories("kk")).map((c) => c.slug)).toEqual(["qogam"]);
    });

    it("finds an article only in its own edition, linked to its translation both ways", async () => {
      expect(await getArticleBySlug("kk", "pub-1")).toBeNull();
      expect(await getArticleBySlug("ru", "kk-1")).toBeNull();
      expect((await getArticleBySlug("ru", "pub-1"))?.translation).toEqual({ id: translation.id, slug: "kk-1", language: "kk" });
      expect((await getArticleBySlug("kk", "kk-1"))?.translation).toEqual({ id: original.id, slug: "pub-1", language: "ru" });
      expect((await getArticleBySlug("kk", "kk-2"))?.translation).toBeNull();
    });

    it("links a translation only to an original in another language that has none yet", async () => {
      const pub2 = await prisma.article.findUniqueOrThrow({ where: { slug: "pub-2" } });
      expect(await translationRefusal({ id: null, language: "kk", translationOfId: pub2.id })).toBeNull();
      expect(await translationRefusal({ id: null, language: "ru", translationOfId: pub2.id })).toBe("Перевод должен быть на другом языке, чем оригинал.");
      expect(await translationRefusal({ id: null, language: "kk", translationOfId: original.id })).toBe("У этой статьи уже есть перевод.");
      expect(await translationRefusal({ id: translation.id, language: "kk", translationOfId: original.id })).toBeNull();
      expect(await translationRefusal({ id: null, language: "ru", translationOfId: translation.id })).toBe(
        "Эта статья сама является переводом: свяжите перевод с оригиналом.",
      );
      expect(await translationRefusal({ id: null, language: "kk", translationOfId: 999_999 })).toBe("Оригинал перевода не найден.");
    });
  });
}
