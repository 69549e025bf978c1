import { stat } from "node:fs/promises";
import { XMLParser } from "fast-xml-parser";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { formData as form } from "@/tests/support/form-data";
import { buildWorld } from "@/tests/support/world";
import { actAs, createStaff } from "@/tests/support/staff";
import type { Database } from "@/lib/db/open";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ForbiddenError } from "@/lib/actions/admin-action";
import { IDLE } from "@/lib/actions/result";
import { readBranding } from "@/lib/branding/read-branding";
import { listenForChanges } from "@/lib/cache/change-listener";
import { TAGS } from "@/lib/cache/tags";
import { pageCache } from "@/lib/edge/page-cache";
import { siteFeedXml, zenFeedXml } from "@/lib/feeds/feed-documents";
import { deleteUnusedMedia, storeUpload } from "@/lib/media/library";
import { GET as favicon } from "@/app/favicon.ico/route";
import { GET as icon192 } from "@/app/icon-192.png/route";
import { GET as logo } from "@/app/logo.png/route";
import { GET as manifest } from "@/app/manifest.webmanifest/route";
import { saveBrandingAction } from "./actions";

// Uploads go to DATA_DIR, read once by env(): point it at a scratch directory before anything reads it.
await vi.hoisted(async () => {
  const [fs, os, p] = await Promise.all([import("node:fs"), import("node:os"), import("node:path")]);
  process.env.DATA_DIR = fs.mkdtempSync(p.join(os.tmpdir(), "vestnik-branding-"));
});

const settle = () => new Promise((r) => setTimeout(r, 150));
const png = (width: number, height: number, background: string) =>
  sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer();
/** Whether the image's centre has this colour, give or take WebP's rounding. */
const centreIs = async (image: Buffer, rgb: [number, number, number]) => {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * 3;
  return rgb.every((c, i) => Math.abs(data[at + i]! - c) <= 6);
};
const GREEN: [number, number, number] = [16, 160, 64];

const filled = {
  name: "Курьер Прииртышья",
  description: "Новости Восточного Казахстана",
  social_vk: "https://vk.com/kurier",
  social_telegram: "https://t.me/kurier",
  address: "ул. Горького, 1",
  phone: "+7 7232 50 00 00",
  email: "news@kurier.kz",
  ageMark: "18+",
  registrationNote: "Свидетельство о постановке на учёт № 12345-Г",
  copyright: "Перепечатка с разрешения редакции.",
};

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`branding on ${target.name}`, () => {
    let database: Database;
    let prisma: PrismaClient;
    let admin: Awaited<ReturnType<typeof createStaff>>;
    let icon: { id: number; key: string };
    const heard: string[][] = [];
    let stopListening: () => Promise<void>;

    const upload = async (image: Buffer, name: string) => {
      const stored = await storeUpload(new Uint8Array(image), name);
      if (!stored.ok) throw new Error(stored.message);
      return stored.media;
    };

    beforeAll(async () => {
      database = await target.open();
      prisma = database.prisma;
      await buildWorld(prisma, 3);
      admin = await createStaff(prisma, "ADMINISTRATOR");
      icon = await upload(await png(600, 600, "#10a040"), "icon.png");
      stopListening = await listenForChanges(database, async (tags) => void heard.push(tags), { batchMs: 20 });
    });
    afterAll(async () => {
      await stopListening?.();
      await target.close();
    });

    it("is edited by administrators only, with mistakes explained beside each field", async () => {
      actAs(await createStaff(prisma, "EDITOR"));
      await expect(saveBrandingAction(IDLE, form(filled))).rejects.toBeInstanceOf(ForbiddenError);
      actAs(admin);
      expect(await saveBrandingAction(IDLE, form({ ...filled, social_vk: "https://vk.evil.example/kurier", email: "почта" }))).toEqual({
        ok: false,
        message: "Исправьте ошибки в форме.",
        fieldErrors: { social_vk: ["Ссылка ВКонтакте: https://vk.com/…"], email: ["Введите адрес почты вида name@example.kz."] },
      });
      const wide = await upload(await png(800, 400, "#000000"), "wide.png");
      expect(await saveBrandingAction(IDLE, form({ ...filled, iconId: String(wide.id) }))).toMatchObject({
        fieldErrors: { iconId: ["Значок должен быть квадратным."] },
      });
      const small = await upload(await png(256, 256, "#000000"), "small.png");
      expect(await saveBrandingAction(IDLE, form({ ...filled, iconId: String(small.id) }))).toMatchObject({
        fieldErrors: { iconId: ["Значок должен быть не меньше 512×512 пикселей."] },
      });
      expect(await saveBrandingAction(IDLE, form({ ...filled, logoLightId: "999999" }))).toMatchObject({
        fieldErrors: { logoLightId: ["Изображение не найдено в медиатеке."] },
      });
      expect(await prisma.setting.count({ where: { key: "branding" } })).toBe(0);
    });

    it("saves, expires the pages that show it here and everywhere, and changes the version of the icons' URLs", async () => {
      actAs(admin);
      const before = await readBranding();
      expect(before.name).toBe("Вестник Региона");
      const cache = pageCache();
      cache.store("/branded", { status: 200, headers: [], body: Buffer.from("<html></html>"), etag: null, tags: [TAGS.branding] }, cache.version);
      await settle();
      heard.length = 0;

      expect(await saveBrandingAction(IDLE, form({ ...filled, iconId: String(icon.id), logoDarkId: String(icon.id) }))).toEqual({
        ok: true,
        message: "Оформление и реквизиты сохранены.",
      });
      expect(cache.lookup("/branded")?.fresh).toBe(false);
      await settle();
      expect([...new Set(heard.flat())]).toEqual([TAGS.branding]);

      const after = await readBranding();
      expect(after).toMatchObject({
        name: "Курьер Прииртышья",
        social: { vk: "https://vk.com/kurier", telegram: "https://t.me/kurier", x: "" },
        contacts: { address: "ул. Горького, 1", phone: "+7 7232 50 00 00", email: "news@kurier.kz" },
        ageMark: "18+",
        icon: { id: icon.id, key: icon.key, width: 600, height: 600 },
        logoDark: { id: icon.id },
        logoLight: null,
      });
      expect(after.version).not.toBe(before.version);
      expect(await prisma.auditLog.count({ where: { action: "branding.update", userId: admin.id } })).toBe(1);
      expect(await deleteUnusedMedia(icon.id)).toEqual({ ok: false, message: "Изображение — логотип или значок сайта: сначала замените его в «Оформлении»." });
    });

    it("serves the icons made from the uploaded square, cached for a year under the versioned URL", async () => {
      const { version } = await readBranding();
      const versioned = await favicon(new Request(`http://localhost/favicon.ico?v=${version}`));
      expect(versioned.status).toBe(200);
      expect(versioned.headers.get("content-type")).toBe("image/x-icon");
      expect(versioned.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      const ico = Buffer.from(await versioned.arrayBuffer());
      expect([ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([1, 3]);

      const bare = await favicon(new Request("http://localhost/favicon.ico"));
      expect(bare.headers.get("cache-control")).toBe("public, max-age=86400");
      expect((await favicon(new Request("http://localhost/favicon.ico", { headers: { "if-none-match": bare.headers.get("etag")! } }))).status).toBe(304);

      const app = await (await manifest(new Request("http://localhost/manifest.webmanifest"))).json();
      expect(app).toMatchObject({ name: "Курьер Прииртышья", short_name: "Курьер" });
      expect(app.icons.map((i: { src: string }) => i.src)).toEqual([`/icon-192.png?v=${version}`, `/icon-512.png?v=${version}`]);
      const png192 = Buffer.from(await (await icon192(new Request(`http://localhost${app.icons[0].src}`))).arrayBuffer());
      expect(await sharp(png192).metadata()).toMatchObject({ format: "png", width: 192, height: 192 });
      expect(await centreIs(png192, GREEN)).toBe(true);
      const publisherLogo = await logo();
      expect(publisherLogo.headers.get("content-type")).toBe("image/png");
      expect(await sharp(Buffer.from(await publisherLogo.arrayBuffer())).metadata()).toMatchObject({ width: 512, height: 512 });
    });

    it("names the outlet in the feeds, and gives Дзен the full text, the age rating and JPEG covers with their length", async () => {
      const cover = await upload(await png(1600, 900, "#d03030"), "cover.png");
      await prisma.article.update({ where: { slug: "pub-1" }, data: { coverId: cover.id } });
      const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" });
      const rss = parser.parse((await siteFeedXml("ru"))!).rss.channel;
      expect([rss.title, rss.description]).toEqual(["Курьер Прииртышья", "Новости Восточного Казахстана"]);
      const zen = parser.parse((await zenFeedXml("ru"))!).rss.channel;
      const [first] = zen.item;
      expect(first["yandex:full-text"]).toBe("Текст pub-1");
      expect(first["media:rating"]["#text"]).toBe("adult");
      expect(first.enclosure["@_url"]).toBe(`http://localhost:3000/media/${cover.key}/1280.jpg`);
      const file = `${process.env.DATA_DIR}/media/${cover.key}/1280.jpg`;
      expect(await sharp(file).metadata()).toMatchObject({ format: "jpeg", width: 1280 });
      expect(Number(first.enclosure["@_length"])).toBe((await stat(file)).size);
      expect(rss.item[0].enclosure["@_length"]).toBe(first.enclosure["@_length"]);
    });

    it("falls back to an icon drawn from the site's initial when none is chosen", async () => {
      actAs(admin);
      expect(await saveBrandingAction(IDLE, form({ ...filled, iconId: "" }))).toMatchObject({ ok: true });
      const response = await icon192(new Request("http://localhost/icon-192.png"));
      expect(response.status).toBe(200);
      expect(await centreIs(Buffer.from(await response.arrayBuffer()), GREEN)).toBe(false);
    });
  });
}
