import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { buildWorld } from "@/tests/support/world";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isMissingArchivePage, isMissingReaderPage } from "./missing-pages";

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`missing archive pages on ${target.name}`, () => {
    let prisma: PrismaClient;
    beforeAll(async () => {
      prisma = (await target.open()).prisma;
      // 30 published: «Общество» holds 20 (2 pages of 12), the tag «дороги» 6, Anna 15.
      await buildWorld(prisma, 30);
      const draftOnly = await prisma.tag.create({ data: { name: "Черновая метка", slug: "chernovaya-metka" } });
      const draft = await prisma.article.findUniqueOrThrow({ where: { slug: "draft" } });
      await prisma.articleTag.create({ data: { articleId: draft.id, tagId: draftOnly.id } });
      await prisma.user.create({ data: { name: "Без статей", slug: "bez-statey", email: "none@example.kz" } });
    });
    afterAll(() => target.close());

    it("answers 404 for a tag with nothing published, like a tag that does not exist", async () => {
      expect(await isMissingArchivePage(prisma, "/tag/chernovaya-metka", "ru")).toBe(true);
      expect(await isMissingArchivePage(prisma, "/tag/net-takoy", "ru")).toBe(true);
      expect(await isMissingArchivePage(prisma, "/tag/dorogi", "ru")).toBe(false);
      expect(await isMissingReaderPage(prisma, "/ru/tag/chernovaya-metka")).toBe(true);
    });

    it("does the same for authors", async () => {
      expect(await isMissingArchivePage(prisma, "/author/bez-statey", "ru")).toBe(true);
      expect(await isMissingArchivePage(prisma, "/author/anna-kim", "ru")).toBe(false);
    });

    it("keeps an existing category's page even when empty, but not a missing one", async () => {
      expect(await isMissingArchivePage(prisma, "/category/kultura", "ru")).toBe(false);
      expect(await isMissingArchivePage(prisma, "/category/net-takoy", "ru")).toBe(true);
    });

    it("answers 404 for a page past the last one and for a malformed page number", async () => {
      expect(await isMissingArchivePage(prisma, "/category/obshchestvo/page/2", "ru")).toBe(false);
      expect(await isMissingArchivePage(prisma, "/category/obshchestvo/page/3", "ru")).toBe(true);
      expect(await isMissingArchivePage(prisma, "/category/kultura/page/2", "ru")).toBe(true);
      expect(await isMissingArchivePage(prisma, "/tag/dorogi/page/2", "ru")).toBe(true);
      expect(await isMissingArchivePage(prisma, "/tag/dorogi/page/abc", "ru")).toBe(true);
      expect(await isMissingArchivePage(prisma, "/author/anna-kim/page/2", "ru")).toBe(false);
    });

    it("leaves every other address to the routes", async () => {
      expect(await isMissingArchivePage(prisma, "/pub-1", "ru")).toBe(false);
      expect(await isMissingArchivePage(prisma, "/search", "ru")).toBe(false);
      expect(await isMissingArchivePage(prisma, "/feed/obshchestvo", "ru")).toBe(false);
    });
  });
}
