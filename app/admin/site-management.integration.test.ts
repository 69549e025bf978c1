import { access } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { formData as form } from "@/tests/support/form-data";
import { buildWorld } from "@/tests/support/world";
import { actAs, createStaff } from "@/tests/support/staff";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { staffForToken } from "@/lib/auth/sessions";
import { changeRole, createUser, setDisabled } from "@/lib/auth/users";
import { deleteCategory, deleteTag, listCategories, moveCategory } from "@/lib/taxonomy/writes";
import { deleteUnusedMedia, listMedia, storeUpload } from "@/lib/media/library";
import { saveAdSlot } from "@/lib/ads/writes";
import { GET as browseLibrary } from "@/app/admin/media/library/route";
import { createTagAction } from "@/app/admin/taxonomy/actions";
import { IDLE } from "@/lib/actions/result";

// Uploads go to DATA_DIR, read once by env(): point it at a scratch directory before anything reads it.
const dataDir = await vi.hoisted(async () => {
  const [fs, os, p] = await Promise.all([import("node:fs"), import("node:os"), import("node:path")]);
  const dir = fs.mkdtempSync(p.join(os.tmpdir(), "vestnik-media-"));
  process.env.DATA_DIR = dir;
  return dir;
});

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`site management on ${target.name}`, () => {
    let prisma: PrismaClient;
    let world: Awaited<ReturnType<typeof buildWorld>>;
    let admin: Awaited<ReturnType<typeof createStaff>>;
    let editor: Awaited<ReturnType<typeof createStaff>>;

    beforeAll(async () => {
      prisma = (await target.open()).prisma;
      world = await buildWorld(prisma, 6);
      admin = await createStaff(prisma, "ADMINISTRATOR");
      editor = await createStaff(prisma, "EDITOR");
    });
    afterAll(() => target.close());

    it("creates users, changes roles, disables accounts (ending their sessions) and never loses the last administrator", async () => {
      expect(await createUser(admin, { email: "New@Example.kz", name: "Новый", role: "AUTHOR", password: "достаточно-длинный" })).toEqual({ ok: true });
      expect(await createUser(admin, { email: "new@example.kz", name: "Дубль", role: "AUTHOR", password: "достаточно-длинный" })).toMatchObject({
        ok: false,
        field: "email",
      });
      expect(await changeRole(admin, editor.id, "AUTHOR")).toEqual({ ok: true, message: "Роль изменена." });
      expect(await setDisabled(admin, editor.id, true)).toMatchObject({ ok: true });
      expect(await staffForToken(editor.token)).toBeNull();
      expect(await changeRole(admin, admin.id, "EDITOR")).toEqual({ ok: false, message: "Нельзя лишить прав последнего администратора." });
      expect(await setDisabled(admin, admin.id, true)).toEqual({ ok: false, message: "Нельзя отключить последнего администратора." });
      const log = await prisma.auditLog.findMany({ where: { userId: admin.id }, orderBy: { id: "asc" } });
      expect(log.map((l) => l.action)).toEqual(["user.create", "user.role", "user.disable"]);
    });

    it("reorders categories and deletes one, moving its articles where asked", async () => {
      const before = (await listCategories()).map((c) => c.id);
      expect(before).toEqual([world.sport.id, world.society.id, world.empty.id]);
      await moveCategory(admin, world.empty.id, "up");
      expect((await listCategories()).map((c) => c.id)).toEqual([world.sport.id, world.empty.id, world.society.id]);
      const inSport = await prisma.article.count({ where: { categoryId: world.sport.id } });
      expect(inSport).toBeGreaterThan(0);
      expect(await deleteCategory(admin, world.sport.id, world.empty.id)).toMatchObject({ ok: true });
      expect(await prisma.article.count({ where: { categoryId: world.empty.id } })).toBe(inSport);
      expect(await prisma.category.findUnique({ where: { id: world.sport.id } })).toBeNull();
    });

    it("creates a tag ahead of its articles, with a transliterated slug, and refuses a name already taken", async () => {
      actAs(await createStaff(prisma, "EDITOR", "-tags"));
      const created = await createTagAction(IDLE, form({ name: "Зимние дороги" }));
      expect(created).toEqual({ ok: true, message: "Метка «Зимние дороги» создана." });
      expect(await prisma.tag.findUniqueOrThrow({ where: { slug: "zimnie-dorogi" } })).toMatchObject({ name: "Зимние дороги" });
      expect(await createTagAction(IDLE, form({ name: "ЗИМНИЕ ДОРОГИ" }))).toMatchObject({ fieldErrors: { name: ["Метка «Зимние дороги» уже есть."] } });
      expect(await createTagAction(IDLE, form({ name: "   " }))).toMatchObject({ fieldErrors: { name: ["Введите название."] } });
      expect(await prisma.tag.count({ where: { name: { equals: "зимние дороги", mode: "insensitive" } } })).toBe(1);
      expect(await prisma.auditLog.count({ where: { action: "tag.create" } })).toBe(1);
    });

    it("deletes a tag, merging its articles into another", async () => {
      const tagged = await prisma.articleTag.count({ where: { tagId: world.roads.id } });
      expect(await deleteTag(admin, world.roads.id, world.football.id)).toMatchObject({ ok: true });
      expect(await prisma.articleTag.count({ where: { tagId: world.football.id } })).toBe(tagged);
      expect(await prisma.tag.findUnique({ where: { id: world.roads.id } })).toBeNull();
    });

    it("stores an upload by its content type and deletes an image only when no article uses it", async () => {
      expect(await storeUpload(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), "x.png")).toEqual({
        ok: false,
        message: "Можно загрузить только JPEG, PNG, WebP или AVIF.",
      });
      expect(await storeUpload(new Uint8Array(10 * 1024 * 1024 + 1), "big.jpg")).toEqual({ ok: false, message: "Файл больше 10 МБ." });
      const jpeg = await sharp({ create: { width: 1000, height: 500, channels: 3, background: "#246" } })
        .jpeg()
        .toBuffer();
      const uploaded = await storeUpload(jpeg, "photo.webp");
      if (!uploaded.ok) throw new Error(uploaded.message);
      expect(uploaded.media.widths).toEqual([320, 640, 960]);
      const file = path.join(dataDir, "media", uploaded.media.key, "960.webp");
      await access(file);
      const article = await prisma.article.findFirstOrThrow({ where: { slug: "pub-1" } });
      await prisma.article.update({ where: { id: article.id }, data: { bodyHtml: `<p>x</p><img src="/media/${uploaded.media.key}/960.webp">` } });
      expect(await deleteUnusedMedia(uploaded.media.id)).toEqual({ ok: false, message: "Изображение используется в статьях." });
      await prisma.article.update({ where: { id: article.id }, data: { bodyHtml: "<p>x</p>" } });
      expect(await deleteUnusedMedia(uploaded.media.id)).toEqual({ ok: true });
      await expect(access(file)).rejects.toThrow();
    });

    it("serves the library to the editor's picker, newest first, searchable and paginated", async () => {
      await prisma.media.createMany({
        data: Array.from({ length: 30 }, (_, i) => ({
          key: `lib-${i}`,
          mime: "image/webp",
          width: 1200,
          height: 800,
          widths: [320, 640],
          originalName: i % 10 === 0 ? `akimat-${i}.jpg` : `photo-${i}.jpg`,
          alt: i === 7 ? "Набережная Есиля" : "",
          createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
        })),
      });
      const page = async (query: string) => {
        const res = await browseLibrary(new Request(`http://localhost/admin/media/library?${query}`), {});
        expect(res.status).toBe(200);
        return (await res.json()) as { items: { key: string; name: string; alt: string }[]; hasMore: boolean };
      };
      actAs(await createStaff(prisma, "AUTHOR", "-library"));
      const first = await page("page=1");
      expect(first.items).toHaveLength(24);
      expect(first.hasMore).toBe(true);
      expect(first.items[0]!.key).toBe("lib-29");
      const second = await page("page=2");
      expect(second.hasMore).toBe(false);
      expect(new Set([...first.items, ...second.items].map((m) => m.key)).size).toBe(first.items.length + second.items.length);
      expect((await page("q=AKIMAT")).items.map((m) => m.name)).toEqual(["akimat-20.jpg", "akimat-10.jpg", "akimat-0.jpg"]);
      expect((await page("q=есиля")).items.map((m) => m.key)).toEqual(["lib-7"]);
      expect((await page("page=абв&q=")).items).toHaveLength(24);
      expect((await listMedia(1, "  Akimat ")).map((m) => m.originalName)).toEqual(["akimat-20.jpg", "akimat-10.jpg", "akimat-0.jpg"]);
    });

    it("keeps raw ad HTML for administrators only", async () => {
      const slot = {
        name: "Баннер",
        placement: "SIDEBAR" as const,
        imageUrl: "",
        linkUrl: "",
        html: "<script>x</script>",
        active: true,
        position: 0,
        weight: 1,
        afterNth: 0,
        startsAt: "",
        endsAt: "",
        categoryIds: [],
      };
      expect(await saveAdSlot({ ...editor, role: "EDITOR" }, slot)).toEqual({ ok: false, message: "HTML-код рекламы может задать только администратор." });
      expect(await saveAdSlot(admin, slot)).toEqual({ ok: true, message: "Рекламное место сохранено." });
    });
  });
}
