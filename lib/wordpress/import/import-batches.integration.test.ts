import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { databaseTargets } from "@/tests/support/database-targets";
import { generateWxr } from "@/lib/wordpress/testing/generate-export";
import { itemXml, wxrDocument } from "@/lib/wordpress/testing/wxr-builder";
import { importWordPress } from "./import-wordpress";
import { POST_BATCH } from "./post-batches";

const text = (xml: string) => Readable.from([xml]);
const generated = () => Readable.from(generateWxr({ posts: 2 * POST_BATCH + 100, comments: 3000, attachmentEvery: 0, seed: 7 }));

async function count(prisma: PrismaClient, sql: Prisma.Sql): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM (${sql}) AS q`);
  return row!.n;
}

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`importing in batches on ${target.name}`, () => {
    let prisma: PrismaClient;

    beforeAll(async () => {
      prisma = (await target.open()).prisma;
    });
    afterAll(() => target.close());

    it("writes several batches of posts with their threads, categories and tags, as one post at a time would", async () => {
      const report = await importWordPress(prisma, generated(), { media: false });

      expect(report.posts.imported).toBeGreaterThan(2 * POST_BATCH);
      expect(await prisma.article.count({ where: { wpPostId: { not: null } } })).toBe(report.posts.imported);
      expect(await prisma.comment.count({ where: { wpCommentId: { not: null } } })).toBe(report.comments.imported);
      expect(report.comments.skipped["пингбэки и трекбэки"]).toBeGreaterThan(0);
      expect(report.comments.imported + report.comments.skipped["пингбэки и трекбэки"]!).toBeGreaterThan(2500);

      // Every reply hangs under a comment of the same article, one level deeper, never below the site's depth.
      const misplaced = Prisma.sql`SELECT c.id FROM "Comment" c JOIN "Comment" p ON p.id = c."parentId" WHERE p."articleId" <> c."articleId" OR c.depth <> p.depth + 1`;
      expect(await count(prisma, misplaced)).toBe(0);
      expect(await count(prisma, Prisma.sql`SELECT id FROM "Comment" WHERE depth = 1 AND "parentId" IS NOT NULL`)).toBe(0);
      expect((await prisma.comment.aggregate({ _max: { depth: true } }))._max.depth).toBe(5);

      const withoutPrimary = Prisma.sql`SELECT a.id FROM "Article" a WHERE NOT EXISTS (SELECT 1 FROM "ArticleCategory" ac WHERE ac."articleId" = a.id AND ac."categoryId" = a."categoryId")`;
      expect(await count(prisma, withoutPrimary)).toBe(0);
      expect(await count(prisma, Prisma.sql`SELECT "articleId" FROM "ArticleCategory" GROUP BY "articleId" HAVING count(*) > 1`)).toBeGreaterThan(50);
      expect(await prisma.articleTag.count()).toBeGreaterThan(report.posts.imported);
      expect(report.redirects).toBeGreaterThan(report.posts.imported * 2);
    }, 180_000);

    it("writes nothing when the file breaks after several batches were written", async () => {
      let xml = "";
      for await (const chunk of generateWxr({ posts: 2 * POST_BATCH + 100, comments: 3000, attachmentEvery: 0, seed: 8 })) xml += chunk;
      const broken = `${xml.slice(0, Math.floor(xml.length * 0.9))}</channel></rss>`;
      const chunks = Array.from({ length: Math.ceil(broken.length / 65_536) }, (_, i) => broken.slice(i * 65_536, (i + 1) * 65_536));
      const before = { articles: await prisma.article.count(), comments: await prisma.comment.count(), redirects: await prisma.redirect.count() };
      await expect(importWordPress(prisma, Readable.from(chunks), { media: false })).rejects.toThrow(/строке \d+, столбце \d+/);
      expect({ articles: await prisma.article.count(), comments: await prisma.comment.count(), redirects: await prisma.redirect.count() }).toEqual(before);
    }, 180_000);

    it("imports the same export again as updates, not copies", async () => {
      const before = { articles: await prisma.article.count(), comments: await prisma.comment.count(), tags: await prisma.articleTag.count() };
      const report = await importWordPress(prisma, generated(), { media: false });
      expect(report.posts.imported).toBe(0);
      expect(report.posts.updated).toBe(before.articles);
      expect(report.comments).toMatchObject({ imported: 0, updated: before.comments });
      expect({ articles: await prisma.article.count(), comments: await prisma.comment.count(), tags: await prisma.articleTag.count() }).toEqual(before);
    }, 180_000);

    it("hangs a reply deeper than the site's threads under its nearest ancestor that may have replies", async () => {
      const chain = [1, 2, 3, 4, 5, 6, 7].map((n) => ({ id: 90_000 + n, parent: n === 1 ? 0 : 90_000 + n - 1 }));
      await importWordPress(prisma, text(wxrDocument([itemXml({ id: 9000, name: "deep-thread", comments: chain })])), { media: false });
      const comments = await prisma.comment.findMany({ where: { wpCommentId: { gte: 90_001, lte: 90_007 } }, orderBy: { wpCommentId: "asc" } });
      const wpIdOf = new Map(comments.map((c) => [c.id, c.wpCommentId]));
      expect(comments.map((c) => [c.wpCommentId, c.depth, c.parentId === null ? null : wpIdOf.get(c.parentId)])).toEqual([
        [90_001, 1, null],
        [90_002, 2, 90_001],
        [90_003, 3, 90_002],
        [90_004, 4, 90_003],
        [90_005, 5, 90_004],
        [90_006, 5, 90_004],
        [90_007, 5, 90_004],
      ]);
    });

    it("gives each new article a free slug: not another article's, not a page's, not one of the site's own routes", async () => {
      await prisma.page.create({ data: { title: "О нас", slug: "o-nas", bodyHtml: "<p>О нас</p>" } });
      const items = [
        itemXml({ id: 9101, name: "same-name" }),
        itemXml({ id: 9102, name: "same-name" }),
        itemXml({ id: 9103, name: "o-nas" }),
        itemXml({ id: 9104, name: "search" }),
        itemXml({ id: 9105, name: "deep-thread" }),
      ];
      await importWordPress(prisma, text(wxrDocument(items)), { media: false });
      const slugs = await prisma.article.findMany({ where: { wpPostId: { gte: 9101, lte: 9105 } }, orderBy: { wpPostId: "asc" }, select: { slug: true } });
      expect(slugs.map((a) => a.slug)).toEqual(["same-name", "same-name-2", "o-nas-2", "search-2", "deep-thread-2"]);
    });
  });
}
