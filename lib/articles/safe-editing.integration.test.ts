import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { formData as form } from "@/tests/support/form-data";
import { actAs, createStaff } from "@/tests/support/staff";
import { buildWorld } from "@/tests/support/world";
import type { Database } from "@/lib/db/open";
import { IDLE } from "@/lib/actions/result";
import { saveArticleAction } from "@/app/admin/articles/_editor/actions";
import { POST as autosaveRoute } from "@/app/admin/articles/autosave/route";
import { POST as lockRoute } from "@/app/admin/articles/[id]/lock/route";
import { articleInput } from "./article-input";
import { autosaveArticle } from "./autosave";
import { heartbeatLock, LOCK_STALE_MS } from "./edit-lock";
import { editingState, withAutosave } from "./editing-state";
import { editableArticle } from "./newsroom-reads";
import { listRevisions } from "./revisions";
import { saveArticle } from "./save-article";

type Staff = Awaited<ReturnType<typeof createStaff>>;

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`autosave, edit locks and save conflicts on ${target.name}`, () => {
    let database: Database;
    let world: Awaited<ReturnType<typeof buildWorld>>;
    let editor: Staff;
    let admin: Staff;
    let author: Staff;

    const fields = (id: number | null, extra: Record<string, string> = {}) => ({
      ...(id ? { id: String(id) } : {}),
      title: "Заголовок",
      slug: "",
      categoryId: String(world.society.id),
      bodyHtml: "<p>Первый абзац</p>",
      intent: "draft",
      ...extra,
    });
    const draftOf = async (staff: Staff, slug: string) => {
      const saved = await saveArticle(staff, articleInput.parse(fields(null, { slug, title: `Статья ${slug}` })));
      if (!saved.ok) throw new Error(saved.message);
      return saved.id;
    };
    const lockRequest = (id: number, body: Record<string, string> = {}) =>
      lockRoute(new Request(`http://localhost/admin/articles/${id}/lock`, { method: "POST", body: form(body), headers: { origin: "http://localhost" } }), {
        params: Promise.resolve({ id: String(id) }),
      });

    beforeAll(async () => {
      database = await target.open();
      world = await buildWorld(database.prisma, 2);
      editor = await createStaff(database.prisma, "EDITOR", "-safe");
      admin = await createStaff(database.prisma, "ADMINISTRATOR", "-safe");
      author = await createStaff(database.prisma, "AUTHOR", "-safe");
    });
    afterAll(() => target.close());

    it("keeps one autosave per user and article, never touching the article, and offers it until the next save", async () => {
      const id = await draftOf(author, "avtosokhranenie");
      const before = await database.prisma.article.findUniqueOrThrow({ where: { id } });
      actAs(author);
      for (const body of ["<p>Черновик раз</p>", "<p>Черновик два</p>"]) {
        const response = await autosaveRoute(
          new Request("http://localhost/admin/articles/autosave", {
            method: "POST",
            body: form(fields(id, { bodyHtml: body })),
            headers: { origin: "http://localhost" },
          }),
          undefined,
        );
        expect(response.status).toBe(200);
        expect(await response.json()).toMatchObject({ ok: true, id, created: false });
      }
      expect(await autosaveArticle(editor, form(fields(id, { bodyHtml: "<p>Правка редактора</p>" })))).toMatchObject({ ok: true });

      const autosaves = await database.prisma.articleRevision.findMany({ where: { articleId: id, autosave: true }, orderBy: { userId: "asc" } });
      expect(autosaves.map((r) => [r.userId, r.bodyHtml])).toEqual([
        [editor.id, "<p>Правка редактора</p>"],
        [author.id, "<p>Черновик два</p>"],
      ]);
      const after = await database.prisma.article.findUniqueOrThrow({ where: { id } });
      expect(after.bodyHtml).toBe(before.bodyHtml);
      expect(after.updatedAt).toEqual(before.updatedAt);
      expect((await listRevisions(id)).length, "autosaves are not listed as revisions").toBe(1);

      const state = (await editingState(author.id, id))!;
      expect(state.autosave?.bodyHtml).toBe("<p>Черновик два</p>");
      const restored = await withAutosave((await editableArticle(id))!, state.autosave!);
      expect(restored).toMatchObject({ id, bodyHtml: "<p>Черновик два</p>", status: "DRAFT" });
      // Restoring then saving normally makes it the article, and the offer goes away.
      const saved = await saveArticle(author, articleInput.parse(fields(id, { bodyHtml: restored.bodyHtml, version: String(state.version) })));
      expect(saved).toMatchObject({ ok: true });
      expect((await database.prisma.article.findUniqueOrThrow({ where: { id } })).bodyHtml).toBe("<p>Черновик два</p>");
      expect((await editingState(author.id, id))!.autosave).toBeNull();
    });

    it("creates the draft when a never-saved article is autosaved, and refuses others' articles", async () => {
      const created = await autosaveArticle(
        author,
        form({ title: "Новая без сохранения", slug: "", categoryId: String(world.society.id), bodyHtml: "<p>Не потерять</p>" }),
      );
      expect(created).toMatchObject({ ok: true, created: true });
      const draft = await database.prisma.article.findUniqueOrThrow({ where: { id: created.ok ? created.id : 0 } });
      expect(draft).toMatchObject({ status: "DRAFT", authorId: author.id, bodyHtml: "<p>Не потерять</p>" });
      expect(await autosaveArticle(author, form({ title: "", categoryId: "" }))).toMatchObject({ ok: false });

      const editors = await draftOf(editor, "redaktorskaya");
      expect(await autosaveArticle(author, form(fields(editors)))).toEqual({ ok: false, message: "У вас нет прав изменять эту статью." });
    });

    it("locks the article for whoever opened it, lets another take it over and then refuses the first one's save", async () => {
      const id = await draftOf(editor, "zamok");
      actAs(editor);
      expect(await (await lockRequest(id)).json()).toEqual({ held: true });
      actAs(admin);
      expect(await (await lockRequest(id)).json()).toEqual({ held: false, holder: editor.name, takenOver: false });
      const refusedWhileHeld = await saveArticle(admin, articleInput.parse(fields(id, { version: "0" })));
      expect(refusedWhileHeld).toEqual({ ok: false, message: `Статью редактирует ${editor.name}. Ваши изменения не сохранены.` });

      expect(await (await lockRequest(id, { takeOver: "1" })).json()).toEqual({ held: true });
      actAs(editor);
      expect(await (await lockRequest(id)).json(), "the previous holder hears of it at the next heartbeat").toEqual({
        held: false,
        holder: admin.name,
        takenOver: true,
      });
      const refused = await saveArticleAction(IDLE, form(fields(id, { title: "Моя правка", version: "0" })));
      expect(refused).toMatchObject({ ok: false, message: `${admin.name} перехватил(а) редактирование. Ваши изменения не сохранены.` });
      expect((await database.prisma.article.findUniqueOrThrow({ where: { id } })).title).toBe("Статья zamok");
      actAs(admin);
      expect(await saveArticleAction(IDLE, form(fields(id, { title: "Правка администратора", version: "0" })))).toMatchObject({ ok: true, version: 1 });
    });

    it("frees a lock whose heartbeat is older than a minute", async () => {
      const id = await draftOf(editor, "staryy-zamok");
      const long = new Date(Date.now() - LOCK_STALE_MS - 1_000);
      expect(await heartbeatLock(editor, id, false, long)).toEqual({ held: true });
      expect(await heartbeatLock(admin, id, false)).toEqual({ held: true });
      expect(await database.prisma.articleLock.findUniqueOrThrow({ where: { articleId: id } })).toMatchObject({ userId: admin.id, takenFromId: null });
      expect(await heartbeatLock(editor, id, false)).toEqual({ held: false, holder: admin.name, takenOver: false });
    });

    it("refuses a save over someone else's newer one with a diff, and lets the same user save twice in a row", async () => {
      const id = await draftOf(editor, "konflikt");
      actAs(editor);
      const first = await saveArticleAction(IDLE, form(fields(id, { title: "Первая правка", bodyHtml: "<p>Общий абзац</p><p>Их абзац</p>", version: "0" })));
      expect(first).toMatchObject({ ok: true, version: 1 });
      const second = await saveArticleAction(IDLE, form(fields(id, { title: "Вторая правка", bodyHtml: "<p>Общий абзац</p><p>Их абзац</p>", version: "1" })));
      expect(second).toMatchObject({ ok: true, version: 2 });
      await database.prisma.articleLock.deleteMany({ where: { articleId: id } });

      actAs(admin);
      const stale = await saveArticleAction(IDLE, form(fields(id, { title: "Моя правка", bodyHtml: "<p>Общий абзац</p><p>Мой абзац</p>", version: "0" })));
      expect(stale.ok).toBe(false);
      expect(stale.message).toMatch(new RegExp(`^Статью сохранил\\(а\\) ${editor.name} в \\d\\d:\\d\\d, пока вы её редактировали\\.`));
      expect((stale as unknown as { conflict: unknown }).conflict).toEqual({
        version: 2,
        savedBy: editor.name,
        fields: [{ label: "Заголовок", theirs: "Вторая правка", yours: "Моя правка" }],
        body: [
          { kind: "same", text: "Общий абзац" },
          { kind: "removed", text: "Их абзац" },
          { kind: "added", text: "Мой абзац" },
        ],
      });
      expect((await database.prisma.article.findUniqueOrThrow({ where: { id } })).title).toBe("Вторая правка");
      // Knowingly saving over theirs sends the version the conflict reported.
      expect(await saveArticleAction(IDLE, form(fields(id, { title: "Моя правка", version: "2" })))).toMatchObject({ ok: true, version: 3 });
    });
  });
}
