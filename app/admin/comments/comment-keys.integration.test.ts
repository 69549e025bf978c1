import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { formData } from "@/tests/support/form-data";
import { actAs, createStaff } from "@/tests/support/staff";
import { IDLE } from "@/lib/actions/result";
import { commentKeys } from "@/lib/comments/newsroom";
import { saveKeysAction } from "./actions";

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`«Сохранить списки» on ${target.name}`, () => {
    beforeAll(async () => {
      const { prisma } = await target.open();
      actAs(await createStaff(prisma, "ADMINISTRATOR"));
    });
    afterAll(() => target.close());

    it("answers with both lists as stored, which the form then shows", async () => {
      const result = await saveKeysAction(IDLE, formData({ moderationKeys: " казино \nказино\nставки", disallowedKeys: "viagra" }));
      expect(result).toMatchObject({ ok: true, keys: { moderation: ["казино", "ставки"], disallowed: ["viagra"] } });
      expect(await commentKeys()).toEqual({ moderation: ["казино", "ставки"], disallowed: ["viagra"] });
    });

    it("keeps a list the form did not send instead of wiping it", async () => {
      const result = await saveKeysAction(IDLE, formData({ moderationKeys: "лотерея" }));
      expect(result).toMatchObject({ ok: true, keys: { moderation: ["лотерея"], disallowed: ["viagra"] } });
      expect(await commentKeys()).toEqual({ moderation: ["лотерея"], disallowed: ["viagra"] });
    });

    it("still empties a list sent empty", async () => {
      await saveKeysAction(IDLE, formData({ moderationKeys: "лотерея", disallowedKeys: "" }));
      expect(await commentKeys()).toEqual({ moderation: ["лотерея"], disallowed: [] });
    });
  });
}
