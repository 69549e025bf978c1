import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { formData } from "@/tests/support/form-data";
import { actAs, createStaff } from "@/tests/support/staff";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { IDLE } from "@/lib/actions/result";
import { setDisabledAction } from "./actions";
import { accountState } from "./UserRowForms";

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`«Отключить»/«Включить» on ${target.name}`, () => {
    let prisma: PrismaClient;
    let userId: number;
    beforeAll(async () => {
      prisma = (await target.open()).prisma;
      actAs(await createStaff(prisma, "ADMINISTRATOR"));
      userId = (await createStaff(prisma, "AUTHOR")).id;
    });
    afterAll(() => target.close());

    it("answers with the account's new state, so the row shows it without a reload", async () => {
      const off = await setDisabledAction(IDLE, formData({ userId: String(userId), disabled: "true" }));
      expect(off).toMatchObject({ ok: true, disabled: true, message: "Пользователь отключён." });
      expect(accountState(off.ok ? off.disabled : false, true)).toBe("отключён");
      expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).disabledAt).not.toBeNull();

      const on = await setDisabledAction(IDLE, formData({ userId: String(userId), disabled: "false" }));
      expect(on).toMatchObject({ ok: true, disabled: false });
      expect(accountState(on.ok ? on.disabled : true, true)).toBe("активен");
    });

    it("leaves the state alone when refused", async () => {
      const missing = await setDisabledAction(IDLE, formData({ userId: "999999", disabled: "true" }));
      expect(missing).toMatchObject({ ok: false, message: "Пользователь не найден." });
    });
  });
}
