import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LISTENER_APPLICATION_NAME } from "@/lib/db/connection";
import { pgConfigFromUrl } from "@/lib/db/pg-config";
import type { Database } from "@/lib/db/open";
import { databaseTargets } from "@/tests/support/database-targets";
import { testServerUrl } from "@/tests/support/postgres";
import { listenForChanges } from "./change-listener";

const settle = () => new Promise((r) => setTimeout(r, 150));

async function until(predicate: () => boolean, limitMs = 10_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`change notifications on ${target.name}`, () => {
    let database: Database;
    const batches: string[][] = [];
    const statuses: string[] = [];
    let stop: () => Promise<void>;
    const heard = () => [...new Set(batches.flat())].sort();

    beforeAll(async () => {
      database = await target.open();
      stop = await listenForChanges(database, async (tags) => void batches.push(tags), { batchMs: 20, minRetryMs: 50, onStatus: (s) => statuses.push(s) });
    });
    afterAll(async () => {
      await stop?.();
      await target.close();
    });

    it("announces an article's changes as narrowly as readers see them", async () => {
      const { prisma } = database;
      const category = await prisma.category.create({ data: { name: "Спорт", slug: "sport" } });
      const author = await prisma.user.create({ data: { name: "Автор", slug: "avtor", email: "avtor@example.kz" } });
      await settle();
      batches.length = 0;

      const article = await prisma.article.create({
        data: { title: "Черновик", slug: "chernovik", bodyHtml: "<p>1</p>", categoryId: category.id, authorId: author.id },
      });
      await prisma.article.update({ where: { id: article.id }, data: { bodyHtml: "<p>2</p>" } });
      await settle();
      expect(heard(), "drafts concern no reader").toEqual([]);

      await prisma.article.update({ where: { id: article.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
      await settle();
      expect(heard()).toEqual([`article:${article.id}`, "lists"]);

      batches.length = 0;
      await prisma.article.update({ where: { id: article.id }, data: { bodyHtml: "<p>3</p>" } });
      await settle();
      expect(heard(), "a body edit").toEqual([`article:${article.id}`]);

      batches.length = 0;
      await prisma.article.update({ where: { id: article.id }, data: { title: "Новый заголовок" } });
      await settle();
      expect(heard(), "a headline edit").toEqual([`article:${article.id}`, `summary:${article.id}`]);

      batches.length = 0;
      await prisma.comment.create({
        data: { articleId: article.id, authorName: "Читатель", authorEmail: "r@example.kz", content: "x", contentHtml: "<p>x</p>", status: "PENDING" },
      });
      await settle();
      expect(heard(), "a held comment").toEqual([]);
      await prisma.comment.create({
        data: { articleId: article.id, authorName: "Читатель", authorEmail: "r@example.kz", content: "y", contentHtml: "<p>y</p>", status: "APPROVED" },
      });
      await settle();
      expect(heard(), "an approved comment").toEqual([`article:${article.id}`]);

      batches.length = 0;
      await prisma.adSlot.create({ data: { name: "Баннер", placement: "SIDEBAR" } });
      await prisma.category.update({ where: { id: category.id }, data: { name: "Спорт и отдых" } });
      await settle();
      expect(heard()).toEqual(["ads", "site"]);

      batches.length = 0;
      await prisma.page.create({ data: { title: "Контакты", slug: "kontakty", bodyHtml: "<p>x</p>", status: "PUBLISHED" } });
      await settle();
      expect(heard(), "a static page, linked from every footer").toEqual(["pages"]);

      batches.length = 0;
      await prisma.$executeRawUnsafe(`SELECT 1`);
      await prisma.user.update({ where: { id: author.id }, data: { disabledAt: null } });
      await settle();
      expect(heard(), "nothing readers see").toEqual([]);
    });

    it("announces a published article joining or leaving a secondary category", async () => {
      const { prisma } = database;
      const primary = await prisma.category.create({ data: { name: "Город", slug: "gorod" } });
      const secondary = await prisma.category.create({ data: { name: "Экономика", slug: "ekonomika" } });
      const author = await prisma.user.create({ data: { name: "Второй", slug: "vtoroi", email: "vtoroi@example.kz" } });
      const draft = await prisma.article.create({
        data: { title: "Черновик", slug: "chernovik-2", bodyHtml: "<p>1</p>", categoryId: primary.id, authorId: author.id },
      });
      const published = await prisma.article.create({
        data: {
          title: "Новость",
          slug: "novost-2",
          bodyHtml: "<p>1</p>",
          categoryId: primary.id,
          authorId: author.id,
          status: "PUBLISHED",
          publishedAt: new Date(),
        },
      });
      await settle();

      batches.length = 0;
      await prisma.articleCategory.create({ data: { articleId: draft.id, categoryId: secondary.id } });
      await settle();
      expect(heard(), "a draft's categories concern no reader").toEqual([]);

      await prisma.articleCategory.create({ data: { articleId: published.id, categoryId: secondary.id } });
      await settle();
      expect(heard()).toEqual([`article:${published.id}`, "lists"]);

      batches.length = 0;
      await prisma.articleCategory.delete({ where: { articleId_categoryId: { articleId: published.id, categoryId: secondary.id } } });
      await settle();
      expect(heard()).toEqual([`article:${published.id}`, "lists"]);
    });

    it.skipIf(target.name !== "PostgreSQL")("listens again after its session is killed, invalidates everything once, and hears later changes", async () => {
      // Another session on the same server: the listener's own pool must not be the one killing it.
      const admin = new pg.Client(pgConfigFromUrl(testServerUrl()));
      await admin.connect();
      try {
        batches.length = 0;
        statuses.length = 0;
        const { rowCount } = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = $2`, [
          LISTENER_APPLICATION_NAME,
          (await database.prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT current_database() AS name`))[0]!.name,
        ]);
        expect(rowCount).toBe(1);
        await until(() => statuses.includes("listening"));
        expect(statuses[0]).toBe("lost");
        await until(() => batches.flat().includes("site"));

        batches.length = 0;
        await database.prisma.adSlot.create({ data: { name: "После переподключения", placement: "SIDEBAR" } });
        await until(() => batches.flat().includes("ads"), 2_000);
      } finally {
        await admin.end();
      }
    });
  });
}
