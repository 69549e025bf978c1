import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { formData as form } from "@/tests/support/form-data";
import { buildWorld } from "@/tests/support/world";
import { actAs, createStaff } from "@/tests/support/staff";
import type { Database } from "@/lib/db/open";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ForbiddenError } from "@/lib/actions/admin-action";
import { IDLE } from "@/lib/actions/result";
import { listenForChanges } from "@/lib/cache/change-listener";
import { TAGS } from "@/lib/cache/tags";
import { pageCache } from "@/lib/edge/page-cache";
import { readMenu } from "@/lib/menus/read-menu";
import { addMenuItemAction, moveMenuItemAction, removeMenuItemAction, resetMenuAction, updateMenuItemAction } from "./actions";

const settle = () => new Promise((r) => setTimeout(r, 150));
const linksOf = async (location: "HEADER" | "FOOTER_1" | "FOOTER_2") =>
  (await readMenu(location, "ru")).links.map((l) => [l.label, l.href, l.children.map((c) => c.label)]);
const redirectTo = (status: string) => ({ digest: expect.stringMatching(new RegExp(`^NEXT_REDIRECT;.*/admin/menus\\?status=${status}`)) });

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`menus on ${target.name}`, () => {
    let database: Database;
    let prisma: PrismaClient;
    let world: Awaited<ReturnType<typeof buildWorld>>;
    let editor: Awaited<ReturnType<typeof createStaff>>;
    let author: Awaited<ReturnType<typeof createStaff>>;
    let about: { id: number };
    const heard: string[][] = [];
    let stopListening: () => Promise<void>;

    const itemId = async (label: string) =>
      (await prisma.menuItem.findFirstOrThrow({ where: { OR: [{ label }, { category: { name: label } }, { page: { title: label } }] } })).id;

    beforeAll(async () => {
      database = await target.open();
      prisma = database.prisma;
      world = await buildWorld(prisma, 2);
      editor = await createStaff(prisma, "EDITOR");
      author = await createStaff(prisma, "AUTHOR");
      about = await prisma.page.create({ data: { title: "О редакции", slug: "o-redaktsii", bodyHtml: "<p>x</p>", status: "PUBLISHED" } });
      await prisma.page.create({ data: { title: "Черновик", slug: "chernovik", bodyHtml: "<p>x</p>", status: "DRAFT" } });
      stopListening = await listenForChanges(database, async (tags) => void heard.push(tags), { batchMs: 20 });
    });
    afterAll(async () => {
      await stopListening?.();
      await target.close();
    });

    it("shows what the site showed before menus until one is saved: categories in the header, pages in the footer", async () => {
      expect(await readMenu("HEADER", "ru")).toMatchObject({ saved: false });
      expect(await linksOf("HEADER")).toEqual([
        ["Спорт", "/category/sport", []],
        ["Общество", "/category/obshchestvo", []],
        ["Культура", "/category/kultura", []],
      ]);
      expect(await linksOf("FOOTER_1")).toEqual([["О редакции", "/o-redaktsii", []]]);
      expect(await linksOf("FOOTER_2")).toEqual([]);
    });

    it("is edited by editors, not authors, with the form's mistakes explained in Russian", async () => {
      actAs(author);
      await expect(addMenuItemAction(IDLE, form({ location: "HEADER", kind: "URL", url: "/feed/zen", label: "Дзен" }))).rejects.toBeInstanceOf(ForbiddenError);
      expect(await prisma.menu.count()).toBe(0);

      actAs(editor);
      expect(await addMenuItemAction(IDLE, form({ location: "HEADER", kind: "URL", url: "javascript:alert(1)", label: "" }))).toEqual({
        ok: false,
        message: "Исправьте ошибки в форме.",
        fieldErrors: { url: ["Укажите адрес вида https://… или /путь на сайте (можно mailto: и tel:)."], label: ["У ссылки должно быть название."] },
      });
      expect(await addMenuItemAction(IDLE, form({ location: "HEADER", kind: "CATEGORY", categoryId: "999999" }))).toMatchObject({
        ok: false,
        fieldErrors: { categoryId: ["Рубрика не найдена."] },
      });
      expect(await prisma.menu.count()).toBe(0);

      expect(await addMenuItemAction(IDLE, form({ location: "HEADER", kind: "URL", url: "/feed/zen", label: "Дзен" }))).toEqual({
        ok: true,
        message: "Пункт добавлен.",
      });
      expect(await readMenu("HEADER", "ru")).toMatchObject({ saved: true });
      expect((await linksOf("HEADER")).map(([label]) => label)).toEqual(["Спорт", "Общество", "Культура", "Дзен"]);
    });

    it("nests one level deep: a dropdown under a top-level item, never under a sub-item", async () => {
      actAs(editor);
      const sport = String(await itemId("Спорт"));
      expect(
        await addMenuItemAction(IDLE, form({ location: "HEADER", kind: "PAGE", pageId: String(about.id), parentId: sport, label: "Редакция" })),
      ).toMatchObject({ ok: true });
      expect(
        await addMenuItemAction(IDLE, form({ location: "HEADER", kind: "URL", url: "https://t.me/vestnik", label: "Telegram", parentId: sport })),
      ).toMatchObject({ ok: true });
      expect((await linksOf("HEADER"))[0]).toEqual(["Спорт", "/category/sport", ["Редакция", "Telegram"]]);
      const child = String(await itemId("Редакция"));
      expect(await addMenuItemAction(IDLE, form({ location: "HEADER", kind: "URL", url: "/a", label: "Глубже", parentId: child }))).toMatchObject({
        fieldErrors: { parentId: ["Вложить можно только в пункт верхнего уровня."] },
      });
      expect(await updateMenuItemAction(IDLE, form({ id: sport, label: "", parentId: String(await itemId("Дзен")) }))).toMatchObject({
        fieldErrors: { parentId: ["У этого пункта есть вложенные, он остаётся на верхнем уровне."] },
      });
      const other = await addMenuItemAction(IDLE, form({ location: "FOOTER_2", kind: "URL", url: "/b", label: "Чужой", parentId: sport }));
      expect(other).toMatchObject({ fieldErrors: { parentId: ["Родительский пункт не найден в этом меню."] } });
    });

    it("moves, renames and removes items, and goes back to the default on reset", async () => {
      actAs(editor);
      const zen = String(await itemId("Дзен"));
      await expect(moveMenuItemAction(form({ id: zen, direction: "up" }))).rejects.toMatchObject(redirectTo("moved"));
      expect((await linksOf("HEADER")).map(([label]) => label)).toEqual(["Спорт", "Общество", "Дзен", "Культура"]);
      const telegram = String(await itemId("Telegram"));
      await expect(moveMenuItemAction(form({ id: telegram, direction: "up" }))).rejects.toMatchObject(redirectTo("moved"));
      expect((await linksOf("HEADER"))[0]![2]).toEqual(["Telegram", "Редакция"]);

      expect(await updateMenuItemAction(IDLE, form({ id: zen, label: "" }))).toMatchObject({ fieldErrors: { label: ["У ссылки должно быть название."] } });
      expect(await updateMenuItemAction(IDLE, form({ id: String(await itemId("Общество")), label: "Новости общества" }))).toEqual({
        ok: true,
        message: "Пункт сохранён.",
      });
      expect((await linksOf("HEADER"))[1]).toEqual(["Новости общества", "/category/obshchestvo", []]);

      await expect(removeMenuItemAction(form({ id: String(await itemId("Спорт")) }))).rejects.toMatchObject(redirectTo("removed"));
      expect((await linksOf("HEADER")).map(([label]) => label)).toEqual(["Новости общества", "Дзен", "Культура"]);
      expect(await prisma.menuItem.count({ where: { label: { in: ["Редакция", "Telegram"] } } })).toBe(0);
      await expect(removeMenuItemAction(form({ id: "999999" }))).rejects.toMatchObject(redirectTo("not-found"));
      await expect(moveMenuItemAction(form({ id: "x", direction: "sideways" }))).rejects.toMatchObject(redirectTo("invalid"));

      await expect(resetMenuAction(form({ location: "HEADER" }))).rejects.toMatchObject(redirectTo("reset"));
      expect(await readMenu("HEADER", "ru")).toMatchObject({ saved: false });
      expect((await linksOf("HEADER")).map(([label]) => label)).toEqual(["Спорт", "Общество", "Культура"]);
      const log = await prisma.auditLog.findMany({ where: { userId: editor.id }, select: { action: true } });
      expect(new Set(log.map((l) => l.action))).toEqual(new Set(["menu.item.add", "menu.item.move", "menu.item.update", "menu.item.remove", "menu.reset"]));
    });

    it("expires every page showing a menu, in this process at once and everywhere through the database's notification", async () => {
      actAs(editor);
      const cache = pageCache();
      const page = { status: 200, headers: [], body: Buffer.from("<html></html>"), etag: null, tags: [TAGS.menus] };
      cache.store("/menu-test", page, cache.version);
      cache.store("/unrelated", { ...page, tags: [TAGS.ads] }, cache.version);
      await settle();
      heard.length = 0;
      expect(await addMenuItemAction(IDLE, form({ location: "FOOTER_2", kind: "URL", url: "/feed", label: "RSS" }))).toMatchObject({ ok: true });
      expect(cache.lookup("/menu-test")?.fresh).toBe(false);
      expect(cache.lookup("/unrelated")?.fresh).toBe(true);
      await settle();
      expect([...new Set(heard.flat())]).toEqual([TAGS.menus]);
      expect(await linksOf("FOOTER_2")).toEqual([["RSS", "/feed", []]]);
    });

    it("loses an item with the category or page it pointed at, and hides it while the page is a draft", async () => {
      actAs(editor);
      await addMenuItemAction(IDLE, form({ location: "FOOTER_2", kind: "CATEGORY", categoryId: String(world.empty.id) }));
      await addMenuItemAction(IDLE, form({ location: "FOOTER_2", kind: "PAGE", pageId: String(about.id) }));
      expect((await linksOf("FOOTER_2")).map(([label]) => label)).toEqual(["RSS", "Культура", "О редакции"]);
      await prisma.page.update({ where: { id: about.id }, data: { status: "DRAFT" } });
      expect((await linksOf("FOOTER_2")).map(([label]) => label)).toEqual(["RSS", "Культура"]);
      await prisma.category.delete({ where: { id: world.empty.id } });
      expect((await linksOf("FOOTER_2")).map(([label]) => label)).toEqual(["RSS"]);
    });
  });
}
