import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { buildWorld } from "@/tests/support/world";
import { createStaff } from "@/tests/support/staff";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { articleInput } from "@/lib/articles/article-input";
import { isMissingArticlePage } from "@/lib/articles/missing-pages";
import { saveArticle } from "@/lib/articles/save-article";
import { listPages } from "./newsroom-reads";
import { pageInput, type PageInput } from "./page-input";
import { readPublishedPagePaths } from "./published-paths";
import { getFooterPages, getPublishedPage, getPublishedPagePaths } from "./reads";
import { deletePage, savePage } from "./writes";

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`static pages on ${target.name}`, () => {
    let prisma: PrismaClient;
    let editor: Awaited<ReturnType<typeof createStaff>>;
    let world: Awaited<ReturnType<typeof buildWorld>>;
    const input = (fields: Record<string, string>): PageInput => pageInput.parse({ title: "Страница", status: "PUBLISHED", ...fields });
    const saved = async (fields: Record<string, string>) => {
      const result = await savePage(editor, input(fields));
      if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.errors)}`);
      return result;
    };

    beforeAll(async () => {
      prisma = (await target.open()).prisma;
      world = await buildWorld(prisma, 2);
      editor = await createStaff(prisma, "EDITOR");
    });
    afterAll(() => target.close());

    it("transliterates the slug, keeps it unique, sanitizes the body and writes an audit line", async () => {
      const about = await saved({ title: "О редакции", bodyHtml: '<p onclick="x()">Мы<script>alert(1)</script></p>' });
      expect(about).toMatchObject({ slug: "o-redaktsii", status: "PUBLISHED", message: "Страница создана." });
      const stored = await prisma.page.findUniqueOrThrow({ where: { id: about.id } });
      expect(stored.bodyHtml).toBe("<p>Мы</p>");
      const again = await saved({ title: "О редакции", status: "DRAFT" });
      expect(again.slug).toBe("o-redaktsii-2");
      const line = await prisma.auditLog.findFirstOrThrow({ where: { subject: `page:${about.id}` } });
      expect(line).toMatchObject({ userId: editor.id, action: "page.create", details: { title: "О редакции", slug: "o-redaktsii", status: "PUBLISHED" } });
      const updated = await saved({ id: String(about.id), title: "О нас", slug: "o-redaktsii" });
      expect(updated).toMatchObject({ id: about.id, slug: "o-redaktsii", message: "Страница сохранена." });
      expect(await prisma.auditLog.count({ where: { subject: `page:${about.id}`, action: "page.update" } })).toBe(1);
    });

    it("refuses slugs of other pages, of articles and of the site's own routes", async () => {
      const clash = (slug: string) => savePage(editor, input({ title: "Другая", slug }));
      expect(await clash("o-redaktsii")).toEqual({
        ok: false,
        message: "Исправьте ошибки в форме.",
        errors: { slug: ["Этот адрес уже занят другой страницей."] },
      });
      expect(await clash("pub-1")).toEqual({ ok: false, message: "Исправьте ошибки в форме.", errors: { slug: ["Этот адрес уже занят статьёй."] } });
      for (const reserved of ["admin", "category", "search", "sitemaps", "social", "reply"]) {
        expect((await clash(reserved)).ok, reserved).toBe(false);
      }
      await prisma.article.updateMany({ where: { slug: "pub-2" }, data: { slug: "kontakty" } });
      expect(await saved({ title: "Контакты" })).toMatchObject({ slug: "kontakty-2" });
      expect(pageInput.safeParse({ title: " ", slug: "Плохой адрес", status: "X", position: "-1" }).error?.issues.map((i) => i.message)).toEqual([
        "Введите заголовок.",
        "Адрес: только латинские буквы, цифры и дефисы.",
        "Выберите статус.",
        "Порядок не меньше 0.",
      ]);
    });

    it("keeps articles off page slugs, typed or made from the title", async () => {
      const article = (fields: Record<string, string>) =>
        saveArticle(editor, articleInput.parse({ slug: "", categoryId: String(world.society.id), intent: "draft", ...fields }));
      expect(await article({ title: "Новость", slug: "o-redaktsii" })).toMatchObject({
        ok: false,
        errors: { slug: ["Этот адрес уже занят страницей сайта."] },
      });
      expect(await article({ title: "О редакции" })).toMatchObject({ ok: true, slug: "o-redaktsii-3" });
    });

    it("shows readers published pages only, a child only under its published parent", async () => {
      const parent = await saved({ title: "Реклама на сайте", position: "3" });
      const child = await saved({ title: "Прайс-лист", parentId: String(parent.id) });
      const draft = await saved({ title: "Черновик", status: "DRAFT" });
      expect(child.slug).toBe("prays-list");

      const page = await getPublishedPage("ru", ["reklama-na-sayte"]);
      expect(page).toMatchObject({ title: "Реклама на сайте", path: "/reklama-na-sayte", parent: null });
      expect(page?.children).toEqual([{ title: "Прайс-лист", slug: "prays-list", path: "/reklama-na-sayte/prays-list" }]);
      expect(await getPublishedPage("ru", ["reklama-na-sayte", "prays-list"])).toMatchObject({
        path: "/reklama-na-sayte/prays-list",
        parent: { title: "Реклама на сайте", slug: "reklama-na-sayte", path: "/reklama-na-sayte" },
      });
      expect(await getPublishedPage("ru", ["prays-list"])).toBeNull();
      expect(await getPublishedPage("ru", ["o-redaktsii", "prays-list"])).toBeNull();
      expect(await getPublishedPage("ru", [draft.slug])).toBeNull();
      expect(await getPublishedPage("ru", [])).toBeNull();
      expect(await getPublishedPage("ru", ["a", "b", "c"])).toBeNull();

      const footer = await getFooterPages("ru");
      expect(footer.map((p) => p.path)).toEqual(["/o-redaktsii", "/kontakty-2", "/reklama-na-sayte"]);
      expect((await readPublishedPagePaths()).map((p) => p.path)).toEqual(["/o-redaktsii", "/kontakty-2", "/reklama-na-sayte", "/reklama-na-sayte/prays-list"]);
      expect(await getPublishedPagePaths("ru")).toContain("/reklama-na-sayte/prays-list");
      expect((await listPages()).map((p) => p.path).slice(-2)).toEqual(["/reklama-na-sayte", "/reklama-na-sayte/prays-list"]);

      await saved({ id: String(parent.id), title: "Реклама на сайте", slug: "reklama-na-sayte", status: "DRAFT" });
      expect(await getPublishedPage("ru", ["reklama-na-sayte", "prays-list"])).toBeNull();
      expect((await readPublishedPagePaths()).map((p) => p.path)).not.toContain("/reklama-na-sayte/prays-list");
    });

    it("keeps to two levels and deletes only pages without children", async () => {
      const parent = await prisma.page.findUniqueOrThrow({ where: { slug: "reklama-na-sayte" } });
      const child = await prisma.page.findUniqueOrThrow({ where: { slug: "prays-list" } });
      const top = await prisma.page.findUniqueOrThrow({ where: { slug: "o-redaktsii" } });
      const grandchild = await savePage(editor, input({ title: "Внук", parentId: String(child.id) }));
      expect(grandchild).toMatchObject({ ok: false, errors: { parentId: ["Вложить можно только в страницу верхнего уровня."] } });
      const nested = await savePage(editor, input({ id: String(parent.id), title: "Реклама", parentId: String(top.id) }));
      expect(nested).toMatchObject({ ok: false, errors: { parentId: ["У этой страницы есть вложенные, она остаётся на верхнем уровне."] } });

      expect(await deletePage(editor, parent.id)).toEqual({ ok: false, message: "Сначала удалите или перенесите вложенные страницы." });
      expect(await deletePage(editor, child.id)).toEqual({ ok: true, message: "Страница «Прайс-лист» удалена." });
      expect(await prisma.page.count({ where: { id: child.id } })).toBe(0);
      expect(await prisma.auditLog.count({ where: { subject: `page:${child.id}`, action: "page.delete", userId: editor.id } })).toBe(1);
    });

    it("lets the server's made-up-URL check pass published pages and refuse drafts", async () => {
      expect(await isMissingArticlePage(prisma, "/o-redaktsii", "ru")).toBe(false);
      expect(await isMissingArticlePage(prisma, "/pub-1", "ru")).toBe(false);
      expect(await isMissingArticlePage(prisma, "/reklama-na-sayte", "ru")).toBe(true);
      expect(await isMissingArticlePage(prisma, "/net-takoy-stranitsy", "ru")).toBe(true);
    });
  });
}
