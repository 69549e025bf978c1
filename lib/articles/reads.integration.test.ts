import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { buildWorld } from "@/tests/support/world";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getArchivePage, getArticleBySlug, getLatestArticles, getLatestInCategory, getMustReadArticles, getRelatedArticles, PAGE_SIZE } from "./reads";
import { getCategories, getCategoryBySlug } from "@/lib/taxonomy/reads";
import { getActiveAds } from "@/lib/ads/reads";

for (const target of databaseTargets()) {
  const available = await target.available();
  if (!available) console.warn(`[integration] ${target.name} does not answer: its data-layer suite is skipped.`);

  describe.skipIf(!available)(`reader data layer on ${target.name}`, () => {
    let prisma: PrismaClient;
    let world: Awaited<ReturnType<typeof buildWorld>>;

    beforeAll(async () => {
      prisma = (await target.open()).prisma;
      world = await buildWorld(prisma, 30);
    });
    afterAll(() => target.close());

    it("lists the newest visible articles first and never a draft, pending, scheduled or future one", async () => {
      const latest = await getLatestArticles("ru", 100);
      expect(latest.map((a) => a.slug)).toEqual(Array.from({ length: 30 }, (_, i) => `pub-${i + 1}`));
      const page = await getLatestArticles("ru", 5, 5);
      expect(page.map((a) => a.slug)).toEqual(["pub-6", "pub-7", "pub-8", "pub-9", "pub-10"]);
    });

    it("finds an article by slug only when readers may see it", async () => {
      const article = await getArticleBySlug("ru", "pub-5");
      expect(article?.title).toBe("Статья pub-5");
      expect(article?.tags).toEqual([{ name: "дороги", slug: "dorogi" }]);
      expect(article?.category).toEqual({ name: "Общество", slug: "obshchestvo" });
      for (const slug of world.hiddenSlugs) expect(await getArticleBySlug("ru", slug)).toBeNull();
    });

    it("paginates a category and reports a page past the end as missing", async () => {
      const society = Array.from({ length: 30 }, (_, i) => i + 1).filter((i) => i % 3 !== 0);
      const first = await getArchivePage("ru", "category", "obshchestvo", 1);
      expect(first?.total).toBe(society.length);
      expect(first?.totalPages).toBe(Math.ceil(society.length / PAGE_SIZE));
      expect(first?.items.map((a) => a.slug)).toEqual(society.slice(0, PAGE_SIZE).map((i) => `pub-${i}`));
      const second = await getArchivePage("ru", "category", "obshchestvo", 2);
      expect(second?.items.map((a) => a.slug)).toEqual(society.slice(PAGE_SIZE).map((i) => `pub-${i}`));
      expect(await getArchivePage("ru", "category", "obshchestvo", 3)).toBeNull();
    });

    it("keeps page 1 of an empty category and filters tag and author archives", async () => {
      expect(await getArchivePage("ru", "category", "kultura", 1)).toEqual({ items: [], page: 1, totalPages: 1, total: 0 });
      const tag = await getArchivePage("ru", "tag", "dorogi", 1);
      expect(tag?.items.map((a) => a.slug)).toEqual(["pub-5", "pub-10", "pub-15", "pub-20", "pub-25", "pub-30"]);
      const author = await getArchivePage("ru", "author", "erlan-akhmetov", 1);
      expect(author?.total).toBe(15);
      expect(author?.items.every((a) => a.author.slug === "erlan-akhmetov")).toBe(true);
    });

    it("picks «Должен прочитать» from visible must-read articles", async () => {
      expect((await getMustReadArticles("ru", 10)).map((a) => a.slug)).toEqual(["pub-10", "pub-20", "pub-30"]);
    });

    // Tagged «дороги»: 10, 15, 20, 25, 30; of those, 10, 20 and 25 share the category too.
    it("relates by shared tags first, then by category, never the article itself or a hidden one", async () => {
      const source = await getArticleBySlug("ru", "pub-5");
      const related = await getRelatedArticles(source!.id, 4);
      expect(related.map((a) => a.slug)).toEqual(["pub-10", "pub-20", "pub-25", "pub-15"]);
      expect(related.map((a) => a.slug)).not.toContain("pub-5");
    });

    it("lists a category's latest articles and the categories in their order", async () => {
      expect((await getLatestInCategory("ru", world.sport.id, 2)).map((a) => a.slug)).toEqual(["pub-3", "pub-6"]);
      expect((await getCategories()).map((c) => c.slug)).toEqual(["sport", "obshchestvo", "kultura"]);
      expect(await getCategoryBySlug("ru", "net-takoi")).toBeNull();
    });

    it("serves the active ad slots of each placement in order and nothing for an inactive one", async () => {
      await prisma.adSlot.createMany({
        data: [
          { name: "Верх", placement: "ARTICLE_TOP", imageUrl: "/a.webp", position: 1 },
          { name: "Верх-2", placement: "ARTICLE_TOP", imageUrl: "/b.webp", position: 2 },
          { name: "Низ", placement: "ARTICLE_BOTTOM", imageUrl: "/c.webp", active: false },
        ],
      });
      const { slots } = await getActiveAds();
      expect(slots.ARTICLE_TOP?.map((s) => s.name)).toEqual(["Верх", "Верх-2"]);
      expect(slots.ARTICLE_BOTTOM).toBeUndefined();
    });
  });
}
