import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { formData as form } from "@/tests/support/form-data";
import { actAs, createStaff } from "@/tests/support/staff";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { IDLE } from "@/lib/actions/result";
import { browseMedia } from "@/lib/media/library";
import { rememberImageAltAction } from "./actions";

const remember = (id: number, alt: string) => rememberImageAltAction(IDLE, form({ id: String(id), alt }));

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`the alt typed when inserting an image, on ${target.name}`, () => {
    let prisma: PrismaClient;
    let serial = 0;
    const image = (alt = "") =>
      prisma.media.create({
        data: { key: `alt-test-${++serial}`, mime: "image/png", originalName: `img_${serial}.png`, width: 640, height: 480, widths: [320, 640], alt },
      });

    beforeAll(async () => {
      prisma = (await target.open()).prisma;
    });
    afterAll(() => target.close());

    it("is saved to a library image that had none, so the library finds it by it and its next use starts with it", async () => {
      const photo = await image();
      actAs(await createStaff(prisma, "CONTRIBUTOR", "-alt"));
      expect(await remember(photo.id, "  Митинг у здания акимата  ")).toEqual({ ok: true, message: "Описание сохранено в медиатеке." });

      expect((await prisma.media.findUniqueOrThrow({ where: { id: photo.id } })).alt).toBe("Митинг у здания акимата");
      const found = await browseMedia(1, "акимата");
      expect(found.items.map((i) => [i.id, i.alt])).toEqual([[photo.id, "Митинг у здания акимата"]]);
    });

    it("replaces someone's description only for staff who may edit the library", async () => {
      const photo = await image("Вокзал, вид с площади");
      actAs(await createStaff(prisma, "CONTRIBUTOR", "-alt-keep"));
      expect(await remember(photo.id, "Что-то другое")).toEqual({ ok: false, message: "Описание в медиатеке не изменено.", fieldErrors: {} });
      expect((await prisma.media.findUniqueOrThrow({ where: { id: photo.id } })).alt).toBe("Вокзал, вид с площади");

      actAs(await createStaff(prisma, "AUTHOR", "-alt-replace"));
      expect((await remember(photo.id, "Новый вокзал ночью")).ok).toBe(true);
      expect((await prisma.media.findUniqueOrThrow({ where: { id: photo.id } })).alt).toBe("Новый вокзал ночью");
    });

    it("refuses an empty or overlong description and an unknown image, changing nothing", async () => {
      const photo = await image();
      actAs(await createStaff(prisma, "EDITOR", "-alt-refuse"));
      expect((await remember(photo.id, "   ")).fieldErrors?.alt).toEqual(["Описание пустое."]);
      expect((await remember(photo.id, "я".repeat(301))).fieldErrors?.alt).toEqual(["Описание длиннее 300 символов."]);
      expect(await remember(photo.id + 10_000, "Нет такого")).toEqual({ ok: false, message: "Описание в медиатеке не изменено.", fieldErrors: {} });
      expect((await prisma.media.findUniqueOrThrow({ where: { id: photo.id } })).alt).toBe("");
    });

    it("is not saved for a visitor who is not signed in", async () => {
      const photo = await image();
      actAs(null);
      await expect(remember(photo.id, "Аноним")).rejects.toThrow();
      expect((await prisma.media.findUniqueOrThrow({ where: { id: photo.id } })).alt).toBe("");
    });
  });
}
