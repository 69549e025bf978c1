import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { formData as form } from "@/tests/support/form-data";
import { actAs, createStaff } from "@/tests/support/staff";
import { buildWorld } from "@/tests/support/world";
import type { Database } from "@/lib/db/open";
import { IDLE } from "@/lib/actions/result";
import { listenForChanges } from "@/lib/cache/change-listener";
import { getFeedArticles } from "@/lib/feeds/feed-articles";
import { listPages } from "@/lib/pages/newsroom-reads";
import { pageInput } from "@/lib/pages/page-input";
import { getFooterPages, getPublishedPage } from "@/lib/pages/reads";
import { purgePage, restorePage, trashPage } from "@/lib/pages/trash";
import { savePage } from "@/lib/pages/writes";
import { parseSearchQuery } from "@/lib/search/query";
import { searchArticles } from "@/lib/search/search-articles";
import { sitemapPartXml } from "@/lib/seo/sitemap-documents";
import { restoreArticleAction, trashArticleAction } from "@/app/admin/trash/actions";
import { articleInput } from "./article-input";
import { listArticles } from "./newsroom-reads";
import { getArticleBySlug, getLatestArticles } from "./reads";
import { saveArticle } from "./save-article";
import { listTrashedArticles, purgeArticle, restoreArticle, trashArticles } from "./trash";
import { purgeExpiredTrash, TRASH_KEEP_MS } from "./trash-purge";

type Staff = Awaited<ReturnType<typeof createStaff>>;
const settle = () => new Promise((r) => setTimeout(r, 200));
const redirectOf = async (call: Promise<unknown>) => {
  try {
    await call;
    return null;
  } catch (error) {
    return (error as { digest?: string }).digest ?? String(error);
  }
};

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`«Корзина» on ${target.name}`, () => {
    let database: Database;
    let world: Awaited<ReturnType<typeof buildWorld>>;
    let editor: Staff;
    let author: Staff;
    let contributor: Staff;
    const heard: string[] = [];
    let stop: () => Promise<void>;

    const draftBy = async (staff: Staff, slug: string) => {
      const saved = await saveArticle(staff, articleInput.parse({ title: `Черновик ${slug}`, slug, categoryId: String(world.society.id), intent: "draft" }));
      if (!saved.ok) throw new Error(saved.message);
      return saved.id;
    };
    const published = (slug: string, title: string) =>
      database.prisma.article.create({
        data: {
          title,
          slug,
          lead: "Лид",
          bodyHtml: "<p>Уникальное слово трансформатор</p>",
          categoryId: world.society.id,
          authorId: world.anna.id,
          status: "PUBLISHED",
          publishedAt: new Date(Date.now() - 60_000),
        },
      });

    beforeAll(async () => {
      database = await target.open();
      world = await buildWorld(database.prisma, 3);
      editor = await createStaff(database.prisma, "EDITOR", "-trash");
      author = await createStaff(database.prisma, "AUTHOR", "-trash");
      contributor = await createStaff(database.prisma, "CONTRIBUTOR", "-trash");
      stop = await listenForChanges(database, async (tags) => void heard.push(...tags), { batchMs: 20, minRetryMs: 50 });
    });
    afterAll(async () => {
      await stop?.();
      await target.close();
    });

    it("takes a trashed published article off the home page, its category feed, search and the sitemap at once, and restoring brings it back", async () => {
      const article = await published("transformator", "Трансформатор на окраине");
      const query = parseSearchQuery("трансформатор");
      if (!query.ok) throw new Error("query");
      const visible = async () => ({
        home: (await getLatestArticles("ru", 50)).some((a) => a.slug === "transformator"),
        feed: (await getFeedArticles("ru", "obshchestvo")).some((a) => a.slug === "transformator"),
        search: (await searchArticles(query.query, 1, { language: "ru" }))?.items.some((hit) => hit.article.slug === "transformator") ?? false,
        sitemap: (await sitemapPartXml({ kind: "articles", part: 1 }))?.includes("/transformator") ?? false,
        page: (await getArticleBySlug("ru", "transformator")) !== null,
      });
      expect(await visible()).toEqual({ home: true, feed: true, search: true, sitemap: true, page: true });

      heard.length = 0;
      actAs(editor);
      expect(await redirectOf(trashArticleAction(IDLE, form({ id: String(article.id) })))).toMatch(/NEXT_REDIRECT;.*\/admin\/trash\?moved=1/);
      expect(await visible()).toEqual({ home: false, feed: false, search: false, sitemap: false, page: false });
      await settle();
      expect(heard, "the database announces it to every process").toEqual(expect.arrayContaining(["lists", `article:${article.id}`]));
      expect((await listArticles(editor, { page: 1 })).rows.map((r) => r.id)).not.toContain(article.id);
      expect((await listTrashedArticles(editor)).map((a) => a.id)).toContain(article.id);
      expect(await database.prisma.auditLog.findFirst({ where: { subject: `article:${article.id}`, action: "article.trashed" } })).toMatchObject({
        userId: editor.id,
        details: { from: "PUBLISHED" },
      });
      // Not editable while in the trash.
      expect(
        await saveArticle(
          editor,
          articleInput.parse({ id: String(article.id), title: "Правка", slug: "transformator", categoryId: String(world.society.id), intent: "publish" }),
        ),
      ).toEqual({
        ok: false,
        message: "Статья в корзине: восстановите её, чтобы изменить.",
      });

      expect(await redirectOf(restoreArticleAction(IDLE, form({ id: String(article.id) })))).toMatch(/\/admin\/trash\?restored=1/);
      expect(await database.prisma.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
        status: "PUBLISHED",
        deletedAt: null,
        trashedStatus: null,
      });
      expect(await visible()).toEqual({ home: true, feed: true, search: true, sitemap: true, page: true });
      expect(await database.prisma.auditLog.count({ where: { subject: `article:${article.id}`, action: "article.restored" } })).toBe(1);
    });

    it("lets editors trash anything and others only their own drafts, counting refusals for bulk actions", async () => {
      const own = await draftBy(contributor, "svoy-chernovik");
      const someoneElses = await draftBy(author, "chuzhoy-chernovik");
      const pending = await draftBy(contributor, "na-proverke");
      await database.prisma.article.update({ where: { id: pending }, data: { status: "PENDING" } });
      const publishedOwn = await published("opublikovana-avtorom", "Опубликована автором");
      await database.prisma.article.update({ where: { id: publishedOwn.id }, data: { authorId: author.id } });

      const byContributor = await trashArticles(contributor, [own, someoneElses, pending]);
      expect(byContributor).toEqual({
        trashed: 1,
        refused: 2,
        message:
          "В корзину перемещено статей: 1. Не перемещено: 2 — вы можете удалять только свои черновики, а статьи уже в корзине или удалённые не перемещаются.",
      });
      expect(await trashArticles(author, [publishedOwn.id])).toMatchObject({ trashed: 0, refused: 1 });
      expect(await trashArticles(editor, [someoneElses, publishedOwn.id, own])).toMatchObject({ trashed: 2, refused: 1 });
      expect((await listTrashedArticles(contributor)).map((a) => a.id)).toEqual([own]);
      expect(await restoreArticle(contributor, someoneElses)).toEqual({ ok: false, message: "Вы можете восстанавливать и удалять только свои черновики." });
      expect(await purgeArticle(author, publishedOwn.id)).toMatchObject({ ok: false });
      expect(await purgeArticle(contributor, own)).toEqual({ ok: true, message: "Статья «Черновик svoy-chernovik» удалена навсегда." });
      expect(await database.prisma.article.count({ where: { id: own } })).toBe(0);
      expect(await restoreArticle(editor, publishedOwn.id)).toMatchObject({ ok: true });
      expect((await database.prisma.article.findUniqueOrThrow({ where: { id: publishedOwn.id } })).status).toBe("PUBLISHED");
    });

    it("deletes for good what has been in the trash more than 30 days, articles and pages alike", async () => {
      const old = await draftBy(editor, "staraya");
      const recent = await draftBy(editor, "svezhaya");
      await trashArticles(editor, [old, recent]);
      const page = await savePage(editor, pageInput.parse({ title: "Старая страница", status: "PUBLISHED" }));
      if (!page.ok) throw new Error(page.message);
      expect(await trashPage(editor, page.id)).toMatchObject({ ok: true });
      const longAgo = new Date(Date.now() - TRASH_KEEP_MS - 60_000);
      await database.prisma.article.update({ where: { id: old }, data: { deletedAt: longAgo } });
      await database.prisma.page.update({ where: { id: page.id }, data: { deletedAt: longAgo } });

      expect(await purgeExpiredTrash(database.prisma)).toEqual({ articles: 1, pages: 1 });
      expect(await database.prisma.article.count({ where: { id: { in: [old, recent] } } })).toBe(1);
      expect(await database.prisma.page.count({ where: { id: page.id } })).toBe(0);
      expect(await database.prisma.auditLog.findFirst({ where: { action: "trash.purged" } })).toMatchObject({
        userId: null,
        details: { articleIds: [old], pages: 1 },
      });
      expect(await purgeExpiredTrash(database.prisma)).toEqual({ articles: 0, pages: 0 });
    });

    it("takes a trashed page off the site and the footer, and restores its status", async () => {
      const saved = await savePage(editor, pageInput.parse({ title: "Контакты редакции", status: "PUBLISHED" }));
      if (!saved.ok) throw new Error(saved.message);
      const child = await savePage(editor, pageInput.parse({ title: "Реквизиты", status: "PUBLISHED", parentId: String(saved.id) }));
      if (!child.ok) throw new Error(child.message);
      expect(await getPublishedPage("ru", [saved.slug])).not.toBeNull();
      expect(await trashPage(editor, saved.id)).toEqual({ ok: false, message: "Сначала переместите в корзину или перенесите вложенные страницы." });
      expect(await trashPage(editor, child.id)).toMatchObject({ ok: true });
      expect(await trashPage(editor, saved.id)).toMatchObject({ ok: true });
      expect(await getPublishedPage("ru", [saved.slug])).toBeNull();
      expect((await getFooterPages("ru")).map((p) => p.title)).not.toContain("Контакты редакции");
      expect((await listPages()).map((p) => p.id)).not.toContain(saved.id);
      expect(await savePage(editor, pageInput.parse({ id: String(saved.id), title: "Правка", status: "PUBLISHED" }))).toMatchObject({ ok: false });

      expect(await restorePage(editor, child.id)).toEqual({ ok: false, message: "Сначала восстановите родительскую страницу «Контакты редакции»." });
      expect(await purgePage(editor, saved.id)).toEqual({ ok: false, message: "Сначала удалите вложенные страницы." });
      expect(await restorePage(editor, saved.id)).toMatchObject({ ok: true });
      expect(await getPublishedPage("ru", [saved.slug])).not.toBeNull();
      expect(await database.prisma.auditLog.count({ where: { subject: `page:${saved.id}`, action: { in: ["page.trashed", "page.restored"] } } })).toBe(2);
    });
  });
}
