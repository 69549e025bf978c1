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
      const pages = await prisma.page.findMany({ orderBy: { position: "asc" }, select: { title: true, status: true, parentId: true } });
      expect(pages).toEqual(
        ["О редакции", "Контакты", "Реклама на сайте", "Политика конфиденциальности"].map((title) => ({ title, status: "PUBLISHED", parentId: null })),
      );
      const pageSlugs = data.pages.map((p) => p.slug);
      expect(await prisma.article.count({ where: { slug: { in: pageSlugs } } })).toBe(0);
      expect(await prisma.menu.findMany({ select: { location: true, items: { select: { url: true } } } })).toEqual([
        { location: "FOOTER_2", items: [{ url: "/feed" }, { url: "/feed/zen" }, { url: "/search" }] },
      ]);
      expect(await prisma.setting.count({ where: { key: "branding" } })).toBe(1);
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
  });
}
