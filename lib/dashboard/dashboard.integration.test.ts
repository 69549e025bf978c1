import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { createStaff } from "@/tests/support/staff";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { dashboardCounts, localDayBounds, recentArticles } from "./reads";

const ZONE = "Asia/Almaty";
// 10:00 in Almaty (UTC+5): the local day runs from 19:00 UTC the day before to 19:00 UTC.
const NOW = new Date("2026-12-03T05:00:00Z");

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`the newsroom dashboard on ${target.name}`, () => {
    let prisma: PrismaClient;
    let editor: Awaited<ReturnType<typeof createStaff>>;
    let contributor: Awaited<ReturnType<typeof createStaff>>;
    let categoryId: number;
    let n = 0;

    const article = (authorId: number, status: "DRAFT" | "PENDING" | "SCHEDULED" | "PUBLISHED", publishedAt: Date | null = null) =>
      prisma.article.create({ data: { title: `Статья ${++n}`, slug: `dash-${n}`, bodyHtml: "<p>Текст</p>", categoryId, authorId, status, publishedAt } });

    beforeAll(async () => {
      prisma = (await target.open()).prisma;
      editor = await createStaff(prisma, "EDITOR");
      contributor = await createStaff(prisma, "CONTRIBUTOR");
      categoryId = (await prisma.category.create({ data: { name: "Общество", slug: "obshchestvo" } })).id;
    });
    afterAll(() => target.close());

    it("bounds today in the site's time zone", () => {
      expect(localDayBounds(NOW, ZONE)).toEqual({ start: new Date("2026-12-02T19:00:00Z"), end: new Date("2026-12-03T19:00:00Z") });
      expect(localDayBounds(new Date("2026-12-02T20:00:00Z"), ZONE).start).toEqual(new Date("2026-12-02T19:00:00Z"));
    });

    it("counts what waits: comments, articles for review, today's scheduled ones; a contributor only their own", async () => {
      const before = await dashboardCounts(editor, ZONE, NOW);
      const mine = await article(contributor.id, "PENDING");
      await article(editor.id, "PENDING");
      await article(contributor.id, "SCHEDULED", new Date("2026-12-03T18:59:00Z"));
      await article(editor.id, "SCHEDULED", new Date("2026-12-02T19:00:00Z"));
      // Tomorrow in Almaty, though still 3 December in UTC: not today.
      await article(editor.id, "SCHEDULED", new Date("2026-12-03T19:00:00Z"));
      await prisma.comment.create({
        data: { articleId: mine.id, authorName: "Читатель", authorEmail: "r@example.kz", content: "Да", contentHtml: "<p>Да</p>" },
      });

      const after = await dashboardCounts(editor, ZONE, NOW);
      expect(after.pendingArticles - before.pendingArticles).toBe(2);
      expect(after.scheduledToday - before.scheduledToday).toBe(2);
      expect(after.pendingComments! - before.pendingComments!).toBe(1);

      const own = await dashboardCounts(contributor, ZONE, NOW);
      expect(own).toEqual({ pendingComments: null, pendingArticles: 1, scheduledToday: 1 });
    });

    it("lists the last articles touched with their views of today and yesterday (UTC)", async () => {
      for (let i = 0; i < 6; i++) await article(editor.id, "DRAFT");
      const a = await article(contributor.id, "PUBLISHED", new Date("2026-11-01T00:00:00Z"));
      await prisma.articleDailyViews.createMany({
        data: [
          { articleId: a.id, day: new Date("2026-12-03"), views: 5 },
          { articleId: a.id, day: new Date("2026-12-02"), views: 7 },
          { articleId: a.id, day: new Date("2026-12-01"), views: 100 },
        ],
      });
      const forEditor = await recentArticles(editor, NOW);
      expect(forEditor).toHaveLength(10);
      expect(forEditor[0]).toMatchObject({ id: a.id, recentViews: 12 });
      const forContributor = await recentArticles(contributor, NOW);
      expect(forContributor.every((r) => r.author.name === contributor.name)).toBe(true);
      expect(forContributor.map((r) => r.id)).toContain(a.id);
    });
  });
}
