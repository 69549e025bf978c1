import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AUTHORS } from "./content/catalog";
import { generateSeedData } from "./generate";
import { deleteContent, insertSeedRows } from "./write-database";

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`demo content rows on ${target.name}`, () => {
    let prisma: PrismaClient;

    beforeAll(async () => {
      prisma = (await target.open()).prisma;
    });
    afterAll(() => target.close());

    it("publishes the outlet's static pages with the articles, and a reset removes them", async () => {
      const data = generateSeedData({ now: new Date("2026-12-02T12:00:00Z"), publishedCount: 20 });
      await prisma.$transaction((tx) => insertSeedRows(tx, data, () => {}), { timeout: 60_000 });
      const pages = await prisma.page.findMany({
        where: { language: "ru" },
        orderBy: { position: "asc" },
        select: { title: true, status: true, parentId: true },
      });
      expect(pages).toEqual(
        ["О редакции", "Контакты", "Реклама на сайте", "Политика конфиденциальности"].map((title) => ({ title, status: "PUBLISHED", parentId: null })),
      );
      const pageSlugs = data.pages.map((p) => p.slug);
      expect(await prisma.article.count({ where: { slug: { in: pageSlugs } } })).toBe(0);
      expect(await prisma.menu.findMany({ select: { location: true, items: { select: { url: true } } } })).toEqual([
        { location: "FOOTER_2", items: [{ url: "/feed" }, { url: "/feed/zen" }, { url: "/search" }] },
      ]);
      expect(await prisma.setting.count({ where: { key: "branding" } })).toBe(1);
      expect((await prisma.setting.findUnique({ where: { key: "languages" } }))?.value).toEqual({ enabled: ["ru", "kk"], default: "ru" });
      await prisma.$transaction(
        (tx) =>
          deleteContent(
            tx,
            AUTHORS.map((a) => a.email),
          ),
        { timeout: 60_000 },
      );
      expect(await prisma.page.count()).toBe(0);
      expect(await prisma.menu.count()).toBe(0);
    });

    it("writes the Kazakh edition: categories, articles linked to their originals, tags, pages, comments", async () => {
      const data = generateSeedData({ now: new Date("2026-12-02T12:00:00Z"), publishedCount: 20 });
      await prisma.$transaction((tx) => insertSeedRows(tx, data, () => {}), { timeout: 60_000 });
      expect(await prisma.category.findMany({ orderBy: { position: "asc" }, select: { kkSlug: true } })).toEqual(
        data.categories.map((c) => ({ kkSlug: c.kkSlug })),
      );
      const kk = data.articles.filter((a) => a.language === "kk");
      expect(await prisma.article.count({ where: { language: "kk" } })).toBe(kk.length);
      const translations = await prisma.article.findMany({
        where: { translationOfId: { not: null } },
        select: { language: true, slug: true, translationOf: { select: { language: true, slug: true } } },
      });
      expect(translations.length).toBe(kk.filter((a) => a.translationOfSlug).length);
      for (const t of translations) {
        expect(t.language).toBe("kk");
        expect(t.translationOf).toEqual({ language: "ru", slug: kk.find((a) => a.slug === t.slug)!.translationOfSlug });
      }
      const kkTags = await prisma.tag.findMany({ where: { language: "kk" }, select: { articles: { select: { article: { select: { language: true } } } } } });
      expect(kkTags.length).toBeGreaterThan(0);
      for (const tag of kkTags) for (const link of tag.articles) expect(link.article.language).toBe("kk");
      const pages = await prisma.page.findMany({
        where: { language: "kk" },
        orderBy: { position: "asc" },
        select: { title: true, translationOf: { select: { language: true } } },
      });
      expect(pages.map((p) => p.title)).toEqual(["Редакция туралы", "Байланыс", "Сайттағы жарнама"]);
      for (const p of pages) expect(p.translationOf).toEqual({ language: "ru" });
      expect(await prisma.comment.count({ where: { article: { language: "kk" }, status: "APPROVED" } })).toBeGreaterThan(0);
      await prisma.$transaction(
        (tx) =>
          deleteContent(
            tx,
            AUTHORS.map((a) => a.email),
          ),
        { timeout: 60_000 },
      );
      expect(await prisma.article.count()).toBe(0);
    });
  });
}
