import { createReadStream } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { redirectTable } from "@/lib/redirects/redirect-table";
import { databaseTargets } from "@/tests/support/database-targets";
import { importWordPress } from "./import-wordpress";

const fixture = (name: string) => createReadStream(path.join(import.meta.dirname, "..", "fixtures", name));

/** Rows the import writes, to compare before and after. */
async function rowCounts(prisma: PrismaClient) {
  const [users, categories, tags, articles, comments, redirects, pages] = await Promise.all([
    prisma.user.count(),
    prisma.category.count(),
    prisma.tag.count(),
    prisma.article.count(),
    prisma.comment.count(),
    prisma.redirect.count(),
    prisma.page.count(),
  ]);
  return { users, categories, tags, articles, comments, redirects, pages };
}

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`importing a WordPress export on ${target.name}`, () => {
    let prisma: PrismaClient;

    beforeAll(async () => {
      prisma = (await target.open()).prisma;
    });
    afterAll(() => target.close());

    it("refuses a malformed file with its line and column, writing nothing", async () => {
      const before = await rowCounts(prisma);
      await expect(importWordPress(prisma, fixture("malformed.xml"))).rejects.toThrow(/строке \d+, столбце \d+/);
      expect(await rowCounts(prisma)).toEqual(before);
    });

    it("writes nothing on a dry run, yet reports what it would do", async () => {
      const before = await rowCounts(prisma);
      const report = await importWordPress(prisma, fixture("small-export.xml"), { dryRun: true });
      expect(report.posts.imported).toBe(9);
      expect(await rowCounts(prisma)).toEqual(before);
    });

    it("imports authors, the category hierarchy, posts by status, comments and old links", async () => {
      const report = await importWordPress(prisma, fixture("small-export.xml"), { authorRoles: { editor: "EDITOR" }, media: { fetch: false } });

      const authors = await prisma.user.findMany({ where: { wpLogin: { not: null } }, orderBy: { wpLogin: "asc" } });
      expect(authors.map((a) => [a.wpLogin, a.email, a.name, a.role, a.passwordHash, a.disabledAt !== null])).toEqual([
        ["admin", "admin@vestnik.example", "Администратор", "CONTRIBUTOR", null, true],
        ["editor", "editor@vestnik.example", "Мария Редакторова", "EDITOR", null, true],
        ["ivan", "ivan@vestnik.example", "Иван Петров", "CONTRIBUTOR", null, true],
      ]);

      expect(report.categories.imported).toBe(28);
      const fooBar = await prisma.category.findUniqueOrThrow({ where: { slug: "foo-bar" }, include: { parent: true } });
      expect(fooBar.parent?.slug).toBe("bar");

      const statuses = await prisma.article.groupBy({ by: ["status"], where: { wpPostId: { not: null } }, _count: { _all: true } });
      expect(Object.fromEntries(statuses.map((s) => [s.status, s._count._all]))).toEqual({ PUBLISHED: 4, SCHEDULED: 1, DRAFT: 3, PENDING: 1 });
      expect(report.posts).toMatchObject({ imported: 9, updated: 0 });
      // A password-protected post is not for everyone: it waits as a draft.
      expect((await prisma.article.findUniqueOrThrow({ where: { wpPostId: 15 } })).status).toBe("DRAFT");
      const pages = await prisma.page.findMany({ where: { wpPostId: { not: null } }, orderBy: { wpPostId: "asc" }, include: { parent: true } });
      expect(pages.map((p) => [p.wpPostId, p.slug, p.status, p.parent?.slug ?? null])).toEqual([
        [2, "about", "PUBLISHED", null],
        [20, "contacts", "PUBLISHED", "about"],
        [21, "internal", "DRAFT", "about"],
        [22, "chernovik-stranitsy", "DRAFT", null],
      ]);
      expect(report.pages).toMatchObject({ imported: 4, updated: 0 });

      const hello = await prisma.article.findUniqueOrThrow({
        where: { wpPostId: 1 },
        include: { comments: { orderBy: { wpCommentId: "asc" } }, author: true },
      });
      expect(hello.slug).toBe("hello-world");
      expect(hello.author.wpLogin).toBe("admin");
      expect(hello.comments.map((c) => [c.wpCommentId, c.status, c.depth])).toEqual([
        [1, "APPROVED", 1],
        [2, "APPROVED", 2],
        [4, "SPAM", 1],
        [5, "TRASH", 1],
      ]);
      expect(hello.comments[1]!.parentId).toBe(hello.comments[0]!.id);
      expect(report.comments.skipped).toEqual({ "пингбэки и трекбэки": 1 });

      const manyCategories = await prisma.article.findUniqueOrThrow({ where: { wpPostId: 16 }, include: { categories: true, category: true } });
      expect(manyCategories.categories).toHaveLength(27);
      expect(manyCategories.category.slug).toBe("bar");
      // Yoast's primary category comes first, the others stay memberships.
      const primary = await prisma.article.findUniqueOrThrow({ where: { wpPostId: 17 }, include: { categories: true, category: true } });
      expect(primary.category.wpTermId).toBe(28);
      expect(primary.categories).toHaveLength(2);

      const sticky = await prisma.article.findUniqueOrThrow({ where: { wpPostId: 14 }, include: { tags: { include: { tag: true } } } });
      expect(sticky.mustRead).toBe(true);
      expect(sticky.tags).toHaveLength(2);

      const redirects = redirectTable(prisma);
      await redirects.reload();
      expect(redirects.lookup("/?p=1")).toBe("/hello-world");
      expect(redirects.lookup("/?p=1&utm_source=telegram")).toBe("/hello-world");
      expect(redirects.lookup("/2024/03/01/hello-world/")).toBe("/hello-world");
      expect(redirects.lookup("/archives/1")).toBe("/hello-world");
      expect(redirects.lookup("/category/bar/foo-bar/")).toBe("/category/foo-bar");
      expect(redirects.lookup(`/?cat=${fooBar.wpTermId}`)).toBe("/category/foo-bar");
      // Author pages keep their WordPress address (/author/<login>), so they need no redirect.
      expect(authors.map((a) => a.slug)).toEqual(["admin", "editor", "ivan"]);
      expect(redirects.lookup("/author/admin/")).toBeNull();
      expect(redirects.lookup("/hello-world")).toBeNull();
      expect(redirects.lookup("/?page_id=2")).toBe("/about");
      expect(redirects.lookup("/?page_id=20")).toBe("/about/contacts");
      // The attachment's pages lead to the post it belongs to.
      expect(redirects.lookup("/?attachment_id=30")).toBe("/ploshchad");
      expect(redirects.lookup("/2024/03/03/ploshchad/ploshchad/")).toBe("/ploshchad");

      // Its file was not asked for (no uploads folder, no downloading): the cover is listed as not imported.
      expect(report.attachments.skipped).toEqual({ "файлы не переносились": 1 });
      expect(report.unresolvedMedia).toContain("https://vestnik.example/wp-content/uploads/2024/03/ploshchad.jpg");
      expect((await prisma.article.findUniqueOrThrow({ where: { wpPostId: 17 } })).coverId).toBeNull();
    });

    it("imports the same file again without duplicating anything", async () => {
      const before = await rowCounts(prisma);
      const again = await importWordPress(prisma, fixture("small-export.xml"), { authorRoles: { editor: "EDITOR" }, media: { fetch: false } });
      expect(await rowCounts(prisma)).toEqual(before);
      expect(again.posts).toMatchObject({ imported: 0, updated: 9 });
      expect(again.comments).toMatchObject({ imported: 0, updated: 4 });
      expect(again.pages).toMatchObject({ imported: 0, updated: 4 });
    });
  });
}
