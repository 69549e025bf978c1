import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/open";
import { databaseTargets } from "@/tests/support/database-targets";
import { listenForChanges } from "./change-listener";

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`change notifications on ${target.name}`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(() => target.close());

    it("announces writes to content tables as cache tags, once per batch, then again to settle", async () => {
      const batches: string[][] = [];
      const stop = await listenForChanges(database, async (tags) => void batches.push(tags.sort()), { batchMs: 20, settleMs: [100] });
      try {
        const category = await database.prisma.category.create({ data: { name: "Спорт", slug: "sport" } });
        await database.prisma.adSlot.create({ data: { name: "Баннер", placement: "SIDEBAR" } });
        await new Promise((r) => setTimeout(r, 300));
        // Each tag arrives once, then once more to settle (how writes fall into batches depends on timing).
        const counts = new Map<string, number>();
        for (const tag of batches.flat()) counts.set(tag, (counts.get(tag) ?? 0) + 1);
        expect(Object.fromEntries(counts)).toEqual({ ads: 2, articles: expect.any(Number), categories: 2 });
        expect(counts.get("articles")).toBeGreaterThanOrEqual(2);

        batches.length = 0;
        await database.prisma.category.update({ where: { id: category.id }, data: { name: "Спорт и отдых" } });
        await new Promise((r) => setTimeout(r, 300));
        expect(batches[0]).toEqual(["articles", "categories"]);

        batches.length = 0;
        await database.prisma.$executeRawUnsafe(`SELECT 1`);
        await new Promise((r) => setTimeout(r, 100));
        expect(batches).toEqual([]);
      } finally {
        await stop();
      }
    });
  });
}
