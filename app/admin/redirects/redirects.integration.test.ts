import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { formData as form } from "@/tests/support/form-data";
import { buildWorld } from "@/tests/support/world";
import { actAs, createStaff } from "@/tests/support/staff";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ForbiddenError } from "@/lib/actions/admin-action";
import { IDLE } from "@/lib/actions/result";
import { listenForChanges } from "@/lib/cache/change-listener";
import { TAGS } from "@/lib/cache/tags";
import { redirectTable, type RedirectTable } from "@/lib/redirects/redirect-table";
import { listRedirects } from "@/lib/redirects/newsroom-reads";
import { createRedirectAction, deleteRedirectAction, updateRedirectAction } from "./actions";

const NOVOST = "%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D1%8C";

/** The server's promise: a newsroom change is answered by the in-memory table within a second. */
async function within(ms: number, predicate: () => boolean): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`newsroom redirects on ${target.name}`, () => {
    let prisma: PrismaClient;
    let table: RedirectTable;
    let stopListening: () => Promise<void>;
    const staff: Record<string, Awaited<ReturnType<typeof createStaff>>> = {};

    beforeAll(async () => {
      const database = await target.open();
      prisma = database.prisma;
      await buildWorld(prisma, 3);
      for (const role of ["EDITOR", "AUTHOR", "CONTRIBUTOR"] as const) staff[role] = await createStaff(prisma, role);
      // As scripts/start.ts holds it: reloaded on the database's change notifications.
      table = redirectTable(prisma);
      await table.reload();
      stopListening = await listenForChanges(database, async (tags) => {
        if (tags.includes(TAGS.redirects) || tags.includes(TAGS.site)) await table.reload();
      });
    });
    afterAll(async () => {
      await stopListening?.();
      await target.close();
    });

    it("refuses authors and contributors, writing nothing", async () => {
      for (const role of ["AUTHOR", "CONTRIBUTOR"] as const) {
        actAs(staff[role]!);
        await expect(createRedirectAction(IDLE, form({ from: "/staroe", to: "/pub-1" }))).rejects.toBeInstanceOf(ForbiddenError);
        await expect(updateRedirectAction(IDLE, form({ from: "/staroe", to: "/pub-1" }))).rejects.toBeInstanceOf(ForbiddenError);
        await expect(deleteRedirectAction(IDLE, form({ from: "/staroe" }))).rejects.toBeInstanceOf(ForbiddenError);
      }
      expect(await prisma.redirect.count()).toBe(0);
    });

    it("adds a redirect from an old link in any form, logs it, and the server's table answers it within a second", async () => {
      actAs(staff.EDITOR!);
      const added = await createRedirectAction(IDLE, form({ from: `https://old-site.kz/2019/05/${NOVOST}/`, to: "/pub-1" }));
      expect(added).toEqual({ ok: true, message: "Перенаправление с «/2019/05/новость» на «/pub-1» добавлено." });
      expect(await prisma.redirect.findUniqueOrThrow({ where: { from: "/2019/05/новость" } })).toMatchObject({ to: "/pub-1", source: "manual" });
      await within(1000, () => table.lookup(`/2019/05/${NOVOST.toLowerCase()}?utm_source=telegram`) === "/pub-1");
      const log = await prisma.auditLog.findFirstOrThrow({ where: { action: "redirect.create" } });
      expect(log).toMatchObject({ userId: staff.EDITOR!.id, subject: "redirect:/2019/05/новость" });
    });

    it("explains what it refuses: a malformed address, the same address, a live page, a duplicate", async () => {
      actAs(staff.EDITOR!);
      const before = await prisma.redirect.count();
      expect(await createRedirectAction(IDLE, form({ from: "novost", to: "/pub-1" }))).toMatchObject({
        ok: false,
        fieldErrors: { from: [expect.stringMatching(/^Старый адрес — путь на сайте/)] },
      });
      expect(await createRedirectAction(IDLE, form({ from: "/staroe", to: "//evil.example" }))).toMatchObject({
        fieldErrors: { to: [expect.stringMatching(/^Новый адрес — путь на сайте/)] },
      });
      expect(await createRedirectAction(IDLE, form({ from: "/Staroe/", to: "/staroe" }))).toMatchObject({
        fieldErrors: { to: ["Новый адрес совпадает со старым."] },
      });
      expect(await createRedirectAction(IDLE, form({ from: "/pub-2/", to: "/pub-1" }))).toMatchObject({
        fieldErrors: { from: ["По этому адресу на сайте открывается статья «Статья pub-2» — перенаправление скрыло бы её от читателей."] },
      });
      expect(await createRedirectAction(IDLE, form({ from: "/category/sport", to: "/pub-1" }))).toMatchObject({
        fieldErrors: { from: [expect.stringContaining("рубрика «Спорт»")] },
      });
      expect(await createRedirectAction(IDLE, form({ from: "/search", to: "/pub-1" }))).toMatchObject({
        fieldErrors: { from: ["Адрес «/search» принадлежит разделу сайта, его перенаправить нельзя."] },
      });
      expect(await createRedirectAction(IDLE, form({ from: `/2019/05/${NOVOST}`, to: "/pub-2" }))).toMatchObject({
        fieldErrors: { from: ["С этого адреса уже есть перенаправление — на «/pub-1». Измените его в списке."] },
      });
      expect(await prisma.redirect.count()).toBe(before);
    });

    it("collapses chains both ways, so that readers always get one hop", async () => {
      actAs(staff.EDITOR!);
      const forward = await createRedirectAction(IDLE, form({ from: "/old-b", to: `/2019/05/${NOVOST}/` }));
      expect(forward).toMatchObject({ ok: true, message: expect.stringContaining("сохранено сразу на «/pub-1»") });
      expect(await prisma.redirect.findUniqueOrThrow({ where: { from: "/old-b" } })).toMatchObject({ to: "/pub-1" });

      await createRedirectAction(IDLE, form({ from: "/old-c", to: "/middle" }));
      const backward = await createRedirectAction(IDLE, form({ from: "/middle", to: "/pub-2" }));
      expect(backward).toMatchObject({ ok: true, message: expect.stringContaining("Перенаправления на «/middle» (1) теперь тоже ведут прямо на «/pub-2».") });
      expect(await prisma.redirect.findUniqueOrThrow({ where: { from: "/old-c" } })).toMatchObject({ to: "/pub-2" });
      await within(1000, () => table.lookup("/old-c/") === "/pub-2");
    });

    it("refuses a loop, on adding and on editing", async () => {
      actAs(staff.EDITOR!);
      await createRedirectAction(IDLE, form({ from: "/loop-a", to: "/loop-b" }));
      expect(await createRedirectAction(IDLE, form({ from: "/loop-b", to: "/loop-a" }))).toMatchObject({
        ok: false,
        fieldErrors: { to: ["Получится петля: «/loop-a» уже перенаправляется обратно на «/loop-b»."] },
      });
      expect(await prisma.redirect.findUnique({ where: { from: "/loop-b" } })).toBeNull();
      // The importer may leave a chain; editing its end back to its start would close it.
      await prisma.redirect.createMany({
        data: [
          { from: "/wp-a", to: "/wp-b", source: "wordpress" },
          { from: "/wp-b", to: "/pub-3", source: "wordpress" },
        ],
      });
      expect(await updateRedirectAction(IDLE, form({ from: "/wp-b", to: "/wp-a/" }))).toMatchObject({
        fieldErrors: { to: ["Получится петля: «/wp-a/» уже перенаправляется обратно на «/wp-b»."] },
      });
      expect(await prisma.redirect.findUniqueOrThrow({ where: { from: "/wp-b" } })).toMatchObject({ to: "/pub-3" });
    });

    it("edits a target and deletes a redirect, and the server's table follows within a second", async () => {
      actAs(staff.EDITOR!);
      expect(await updateRedirectAction(IDLE, form({ from: "/loop-a", to: "https://example.kz/статья" }))).toEqual({
        ok: true,
        message: "Перенаправление с «/loop-a» теперь ведёт на «https://example.kz/статья».",
      });
      await within(1000, () => table.lookup("/loop-a") === "https://example.kz/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F");

      expect(await deleteRedirectAction(IDLE, form({ from: "/loop-a" }))).toEqual({ ok: true, message: "Перенаправление с «/loop-a» удалено." });
      await within(1000, () => table.lookup("/loop-a") === null);
      expect(await deleteRedirectAction(IDLE, form({ from: "/loop-a" }))).toEqual({
        ok: false,
        message: "Перенаправление не найдено: его уже удалили.",
        fieldErrors: {},
      });
      expect(await updateRedirectAction(IDLE, form({ from: "/loop-a", to: "/pub-1" }))).toMatchObject({ ok: false });

      const actions = await prisma.auditLog.findMany({ where: { subject: "redirect:/loop-a" }, orderBy: { id: "asc" } });
      expect(actions.map((a) => a.action)).toEqual(["redirect.create", "redirect.update", "redirect.delete"]);
    });

    it("lists redirects newest first and finds them by an address pasted in any form", async () => {
      const all = await listRedirects(1, "");
      expect(all.total).toBe(await prisma.redirect.count());
      expect(all.items[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(all.items.at(-1)!.createdAt.getTime());
      const found = await listRedirects(1, `https://old-site.kz/2019/05/${NOVOST}/`);
      expect(found.items.map((r) => r.from)).toEqual(["/2019/05/новость"]);
      expect((await listRedirects(1, "/pub-2")).items.map((r) => r.from).sort()).toEqual(["/middle", "/old-c"]);
    });
  });
}
