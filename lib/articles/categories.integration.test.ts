import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { actAs, createStaff } from "@/tests/support/staff";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { IDLE } from "@/lib/actions/result";
import { saveArticleAction } from "@/app/admin/articles/_editor/actions";
import { setCategoryParentAction } from "@/app/admin/taxonomy/actions";
import { getFeedArticles } from "@/lib/feeds/feed-articles";
import { deleteCategory } from "@/lib/taxonomy/writes";
import { articleInput } from "./article-input";
import { editableArticle } from "./newsroom-reads";
import { getArchivePage, getLatestInCategory, PAGE_SIZE } from "./reads";
import { listRevisions, restoreRevision } from "./revisions";
import { saveArticle } from "./save-article";

const HOUR = 3_600_000;

/** A form as the editor posts it: repeated names for the ticked categories, after the empty marker. */
function editorForm(fields: Record<string, string>, categoryIds: number[]): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  data.append("categoryIds", "");
  for (const id of categoryIds) data.append("categoryIds", String(id));
  return data;
}

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`several categories per article on ${target.name}`, () => {
    let prisma: PrismaClient;
    let editor: Awaited<ReturnType<typeof createStaff>>;
    // Новости ─ Регион ─ Город;  Спорт
    const c = {} as Record<"news" | "region" | "city" | "sport", { id: number; slug: string }>;
    let authorId: number;
    let hour = 0;

    /** A published article, each one an hour older than the one before. */
    const publish = async (slug: string, primary: number, others: number[] = [], status: "PUBLISHED" | "DRAFT" = "PUBLISHED") => {
      hour++;
      const article = await prisma.article.create({
        data: {
          title: `Статья ${slug}`,
          slug,
          bodyHtml: `<p>${slug}</p>`,
          categoryId: primary,
          authorId,
          status,
          publishedAt: status === "PUBLISHED" ? new Date(Date.now() - hour * HOUR) : null,
        },
      });
      await prisma.articleCategory.createMany({ data: others.map((categoryId) => ({ articleId: article.id, categoryId })) });
      return article;
    };
    const slugsOf = async (slug: string, page = 1) => (await getArchivePage("ru", "category", slug, page))?.items.map((a) => a.slug);
    const categoriesOf = async (articleId: number) =>
      (await prisma.articleCategory.findMany({ where: { articleId }, orderBy: { categoryId: "asc" } })).map((r) => r.categoryId);

    beforeAll(async () => {
      prisma = (await target.open()).prisma;
      editor = await createStaff(prisma, "EDITOR");
      authorId = editor.id;
      c.news = await prisma.category.create({ data: { name: "Новости", slug: "novosti", position: 0 } });
      c.region = await prisma.category.create({ data: { name: "Регион", slug: "region", position: 1, parentId: c.news.id } });
      c.city = await prisma.category.create({ data: { name: "Город", slug: "gorod", position: 2, parentId: c.region.id } });
      c.sport = await prisma.category.create({ data: { name: "Спорт", slug: "sport", position: 3 } });
      await publish("v-gorode", c.city.id);
      await publish("match", c.sport.id, [c.region.id]);
      await publish("obzor", c.news.id, [c.region.id, c.city.id]);
      await publish("chernovik", c.region.id, [], "DRAFT");
    });
    afterAll(() => target.close());

    it("lists in a category's feed its own articles, those filed there as another category, and its sub-categories' at any depth, once each", async () => {
      expect(await slugsOf("novosti")).toEqual(["v-gorode", "match", "obzor"]);
      expect(await slugsOf("region")).toEqual(["v-gorode", "match", "obzor"]);
      expect(await slugsOf("gorod")).toEqual(["v-gorode", "obzor"]);
      expect(await slugsOf("sport")).toEqual(["match"]);
      expect((await getArchivePage("ru", "category", "novosti", 1))?.total).toBe(3);
      const match = (await getArchivePage("ru", "category", "region", 1))?.items.find((a) => a.slug === "match");
      expect(match?.category, "the label stays the primary category").toEqual({ name: "Спорт", slug: "sport" });
      expect((await getFeedArticles("ru", "region")).map((a) => a.slug)).toEqual(["v-gorode", "match", "obzor"]);
      expect((await getLatestInCategory("ru", c.news.id, 2)).map((a) => a.slug)).toEqual(["v-gorode", "match"]);
    });

    it("pages a parent's feed as before, twelve a page", async () => {
      for (let i = 1; i <= PAGE_SIZE; i++) await publish(`sport-${i}`, c.sport.id, [c.city.id]);
      const first = await getArchivePage("ru", "category", "novosti", 1);
      expect(first?.total).toBe(PAGE_SIZE + 3);
      expect(first?.totalPages).toBe(2);
      expect(first?.items).toHaveLength(PAGE_SIZE);
      const second = await getArchivePage("ru", "category", "novosti", 2);
      const all = [...(first?.items ?? []), ...(second?.items ?? [])].map((a) => a.slug);
      expect(new Set(all).size).toBe(PAGE_SIZE + 3);
      expect(all.slice(0, 3)).toEqual(["v-gorode", "match", "obzor"]);
      expect(await getArchivePage("ru", "category", "novosti", 3)).toBeNull();
    });

    it("survives a loop of parents written behind the newsroom's back", async () => {
      await prisma.category.update({ where: { id: c.news.id }, data: { parentId: c.city.id } });
      try {
        expect(await slugsOf("gorod")).toEqual(await slugsOf("novosti"));
      } finally {
        await prisma.category.update({ where: { id: c.news.id }, data: { parentId: null } });
      }
    });

    it("keeps the primary among the categories whoever writes: raw inserts, moves, deletions and duplicates", async () => {
      const [row] = await prisma.$queryRawUnsafe<{ id: number }[]>(
        `INSERT INTO "Article" (title, slug, "bodyHtml", "categoryId", "authorId", "updatedAt") VALUES ('Сырая', 'syraya', '', $1, $2, now()) RETURNING id`,
        c.sport.id,
        authorId,
      );
      const id = row!.id;
      expect(await categoriesOf(id)).toEqual([c.sport.id]);

      await prisma.articleCategory.create({ data: { articleId: id, categoryId: c.region.id } });
      await prisma.$executeRawUnsafe(`UPDATE "Article" SET "categoryId" = $1 WHERE id = $2`, c.city.id, id);
      expect(await categoriesOf(id), "the old primary is left, the other category stays").toEqual([c.region.id, c.city.id].sort((a, b) => a - b));

      await prisma.$executeRawUnsafe(`DELETE FROM "ArticleCategory" WHERE "articleId" = $1`, id);
      expect(await categoriesOf(id), "the primary's row comes back").toEqual([c.city.id]);

      await prisma.$executeRawUnsafe(`INSERT INTO "ArticleCategory" ("articleId", "categoryId") VALUES ($1, $2)`, id, c.city.id);
      expect(await categoriesOf(id), "adding the primary again is no error").toEqual([c.city.id]);
      await prisma.article.delete({ where: { id } });
      expect(await categoriesOf(id)).toEqual([]);
    });

    it("saves the ticked categories and the primary one from the editor, and refuses bad choices with the field's message", async () => {
      actAs(editor);
      const base = { title: "Из редакции", slug: "iz-redaktsii", bodyHtml: "<p>Текст</p>", intent: "draft" };
      await expect(saveArticleAction(IDLE, editorForm({ ...base, categoryId: String(c.sport.id) }, [c.city.id, c.sport.id]))).rejects.toMatchObject({
        digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/admin\/articles\/\d+\?saved=1/),
      });
      const saved = await prisma.article.findUniqueOrThrow({ where: { slug: "iz-redaktsii" } });
      expect(saved.categoryId).toBe(c.sport.id);
      expect(await categoriesOf(saved.id)).toEqual([c.city.id, c.sport.id]);
      expect((await editableArticle(saved.id))?.categoryIds.sort((a, b) => a - b)).toEqual([c.city.id, c.sport.id]);

      const edit = (primary: string, ids: number[]) => saveArticleAction(IDLE, editorForm({ ...base, id: String(saved.id), categoryId: primary }, ids));
      expect(await edit(String(c.news.id), [c.city.id])).toMatchObject({
        ok: false,
        fieldErrors: { categoryId: ["Основная рубрика должна быть среди отмеченных."] },
      });
      expect(await edit("", [])).toMatchObject({ ok: false, fieldErrors: { categoryId: ["Выберите основную рубрику."] } });
      expect(await edit(String(c.city.id), [])).toMatchObject({ ok: false, fieldErrors: { categoryIds: ["Выберите хотя бы одну рубрику."] } });
      expect(await edit(String(c.city.id), [c.city.id, 999_999])).toMatchObject({
        ok: false,
        fieldErrors: { categoryIds: ["Одной из отмеченных рубрик больше нет: обновите страницу."] },
      });
      expect(await edit("999999", [999_999])).toMatchObject({ ok: false, fieldErrors: { categoryId: ["Основной рубрики больше нет: выберите другую."] } });
      expect(await categoriesOf(saved.id), "nothing written by a refused save").toEqual([c.city.id, c.sport.id]);

      expect(await edit(String(c.news.id), [c.news.id, c.sport.id])).toMatchObject({ ok: true });
      expect((await prisma.article.findUniqueOrThrow({ where: { id: saved.id } })).categoryId).toBe(c.news.id);
      expect(await categoriesOf(saved.id)).toEqual([c.news.id, c.sport.id]);
    });

    it("puts an article whose form has no category list (a script's) in its primary category only", async () => {
      const input = articleInput.parse({ title: "Скриптом", slug: "", categoryId: String(c.region.id), intent: "draft" });
      expect(input.categoryIds).toEqual([c.region.id]);
      const saved = await saveArticle(editor, input);
      if (!saved.ok) throw new Error(saved.message);
      expect(await categoriesOf(saved.id)).toEqual([c.region.id]);
    });

    it("remembers the categories in revisions and restores them", async () => {
      const input = (categoryId: number, categoryIds: number[]) =>
        articleInput.parse({
          title: "С редакциями",
          slug: "s-redaktsiyami",
          categoryId: String(categoryId),
          categoryIds: categoryIds.map(String),
          intent: "draft",
        });
      const first = await saveArticle(editor, input(c.city.id, [c.city.id, c.sport.id]));
      if (!first.ok) throw new Error(first.message);
      await saveArticle(editor, { ...input(c.news.id, [c.news.id]), id: first.id });
      expect(await categoriesOf(first.id)).toEqual([c.news.id]);
      const revisions = await listRevisions(first.id);
      const older = await prisma.articleRevision.findUniqueOrThrow({ where: { id: revisions.at(-1)!.id } });
      expect(older.categoryId).toBe(c.city.id);
      expect(older.categoryIds).toEqual([c.city.id, c.sport.id].sort((a, b) => a - b));
      expect(await restoreRevision(editor, older.id)).toEqual({ ok: true, articleId: first.id });
      expect((await prisma.article.findUniqueOrThrow({ where: { id: first.id } })).categoryId).toBe(c.city.id);
      expect(await categoriesOf(first.id)).toEqual([c.city.id, c.sport.id].sort((a, b) => a - b));
    });

    it("sets a category's parent in the newsroom and refuses a loop with a clear message", async () => {
      actAs(editor);
      const reparent = (id: number, parentId: string) => {
        const data = new FormData();
        data.set("id", String(id));
        data.set("parentId", parentId);
        return setCategoryParentAction(IDLE, data);
      };
      expect(await reparent(c.news.id, String(c.city.id))).toMatchObject({
        ok: false,
        fieldErrors: { parentId: ["«Город» находится внутри «Новости»: рубрика не может стать дочерней для своей подрубрики."] },
      });
      expect(await reparent(c.news.id, String(c.news.id))).toMatchObject({
        ok: false,
        fieldErrors: { parentId: ["Рубрика не может быть родителем самой себе."] },
      });
      expect((await prisma.category.findUniqueOrThrow({ where: { id: c.news.id } })).parentId).toBeNull();

      await publish("tolko-sport", c.sport.id);
      expect((await getFeedArticles("ru", "novosti")).map((a) => a.slug)).not.toContain("tolko-sport");
      expect(await reparent(c.sport.id, String(c.region.id))).toMatchObject({ ok: true, message: "«Спорт» теперь внутри «Регион»." });
      expect((await getFeedArticles("ru", "novosti")).map((a) => a.slug)).toContain("tolko-sport");
      expect(await reparent(c.sport.id, "")).toMatchObject({ ok: true, message: "«Спорт» теперь рубрика верхнего уровня." });
      expect((await prisma.category.findUniqueOrThrow({ where: { id: c.sport.id } })).parentId).toBeNull();
    });

    it("deletes a category: its primary articles move as asked, its other memberships simply go", async () => {
      const doomed = await prisma.category.create({ data: { name: "Временная", slug: "vremennaya" } });
      const primaryThere = await publish("osnovnaya-tam", doomed.id, [c.news.id]);
      const alsoThere = await publish("takzhe-tam", c.sport.id, [doomed.id]);
      await expect(prisma.category.delete({ where: { id: doomed.id } }), "still some article's primary").rejects.toThrow();

      expect(await deleteCategory(editor, doomed.id, c.region.id)).toMatchObject({ ok: true });
      expect((await prisma.article.findUniqueOrThrow({ where: { id: primaryThere.id } })).categoryId).toBe(c.region.id);
      expect(await categoriesOf(primaryThere.id)).toEqual([c.news.id, c.region.id].sort((a, b) => a - b));
      expect(await categoriesOf(alsoThere.id)).toEqual([c.sport.id]);
    });
  });
}
