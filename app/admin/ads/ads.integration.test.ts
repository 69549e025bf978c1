import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { formData as form } from "@/tests/support/form-data";
import { actAs, createStaff } from "@/tests/support/staff";
import { buildWorld } from "@/tests/support/world";
import type { Database } from "@/lib/db/open";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ForbiddenError } from "@/lib/actions/admin-action";
import { IDLE } from "@/lib/actions/result";
import { getActiveAds } from "@/lib/ads/reads";
import { trackAds } from "@/lib/ads/ad-tracking";
import { adTracking } from "@/lib/ads/process-tracking";
import { watchAdSchedule } from "@/lib/ads/schedule-watcher";
import { readHomeLayout } from "@/lib/home/reads";
import { sha256Source } from "@/lib/security/script-hash";
import { GET as click } from "@/app/go/ad/[id]/route";
import { saveHomeLayoutAction } from "../home/actions";
import { saveAdSettingsAction, saveAdSlotAction } from "./actions";

const BROWSER = { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36" };
const slotForm = {
  name: "РСЯ",
  placement: "ARTICLE_TOP",
  imageUrl: "",
  linkUrl: "",
  html: '<a href="https://shop.kz/sale">Скидки</a><script>window.ad=1</script>',
  active: "on",
};

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`ads and the home layout on ${target.name}`, () => {
    let database: Database;
    let prisma: PrismaClient;
    let admin: Awaited<ReturnType<typeof createStaff>>;
    let editor: Awaited<ReturnType<typeof createStaff>>;

    beforeAll(async () => {
      database = await target.open();
      prisma = database.prisma;
      await buildWorld(prisma, 3);
      admin = await createStaff(prisma, "ADMINISTRATOR");
      editor = await createStaff(prisma, "EDITOR");
    });
    afterAll(async () => {
      await target.close();
    });

    it("takes ad and counter code from administrators only, hashing inline scripts on save", async () => {
      actAs(editor);
      await expect(saveAdSlotAction(IDLE, form(slotForm))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(saveAdSettingsAction(IDLE, form({ headCode: "<script>x()</script>" }))).rejects.toBeInstanceOf(ForbiddenError);
      actAs(admin);
      expect(await saveAdSlotAction(IDLE, form(slotForm))).toMatchObject({ ok: true });
      const slot = await prisma.adSlot.findFirstOrThrow({ where: { name: "РСЯ" } });
      expect(slot.scriptHashes).toEqual([sha256Source("window.ad=1")]);
      expect(await saveAdSettingsAction(IDLE, form({ headCode: "<script>ym(1)</script>", bodyCode: "", extraOrigins: "http://evil.example" }))).toMatchObject({
        fieldErrors: { extraOrigins: ["Каждый адрес должен начинаться с https://."] },
      });
      expect(
        await saveAdSettingsAction(IDLE, form({ headCode: "<script>ym(1)</script>", bodyCode: "", extraOrigins: "https://mc.yandex.ru/x" })),
      ).toMatchObject({ ok: true });
      const settings = await prisma.setting.findUniqueOrThrow({ where: { key: "ads" } });
      expect(settings.value).toMatchObject({ extraOrigins: ["https://mc.yandex.ru"], scriptHashes: [sha256Source("ym(1)")] });
    });

    it("counts clicks in batches and redirects only to the slot's own links", async () => {
      const slot = await prisma.adSlot.findFirstOrThrow({ where: { name: "РСЯ" } });
      const go = (to: string) =>
        click(new Request(`http://localhost/go/ad/${slot.id}?to=${encodeURIComponent(to)}`, { headers: BROWSER }), {
          params: Promise.resolve({ id: String(slot.id) }),
        });
      expect((await go("https://evil.example/")).status).toBe(404);
      const response = await go("https://shop.kz/sale");
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe("https://shop.kz/sale");
      expect(await prisma.adDailyStats.count()).toBe(0);
      await adTracking().flush();
      expect(await prisma.adDailyStats.findMany({ select: { slotId: true, clicks: true } })).toEqual([{ slotId: slot.id, clicks: 1 }]);

      const tracking = trackAds(prisma, { flushMs: 3_600_000 });
      tracking.record(slot.id, "impressions");
      tracking.record(slot.id, "impressions");
      tracking.record(999_999, "impressions");
      await tracking.stop();
      expect(await prisma.adDailyStats.findMany({ select: { impressions: true, clicks: true } })).toEqual([{ impressions: 2, clicks: 1 }]);
    });

    it("shows a scheduled slot from its start, when the watcher expires the ads", async () => {
      const startsAt = new Date(Date.now() + 1_500);
      await prisma.adSlot.create({ data: { name: "Акция", placement: "HOME_TOP", imageUrl: "/a.webp", startsAt } });
      expect((await getActiveAds()).slots.HOME_TOP).toBeUndefined();
      const fired = new Promise<number>((resolve) => {
        const watcher = watchAdSchedule(prisma, async () => {
          watcher.stop();
          resolve(Date.now());
        });
      });
      expect(await fired).toBeGreaterThanOrEqual(startsAt.getTime());
      expect((await getActiveAds()).slots.HOME_TOP?.map((s) => s.name)).toEqual(["Акция"]);
    });

    it("lets editors choose the home page's layout", async () => {
      actAs(await createStaff(prisma, "AUTHOR"));
      await expect(saveHomeLayoutAction(IDLE, form({ leadKind: "grid", leadSource: "latest" }))).rejects.toBeInstanceOf(ForbiddenError);
      actAs(editor);
      expect(await saveHomeLayoutAction(IDLE, form({ leadKind: "grid", leadSize: "3", leadSource: "latest", latestThumbnails: "on" }))).toMatchObject({
        ok: true,
      });
      expect(await readHomeLayout()).toEqual({ lead: { kind: "grid", size: 3, source: "latest", pinnedIds: [] }, blocks: [], latestThumbnails: true });
    });
  });
}
