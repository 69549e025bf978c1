import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { formData as form } from "@/tests/support/form-data";
import { actAs, createStaff } from "@/tests/support/staff";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createSession, listActiveSessions, staffForToken } from "@/lib/auth/sessions";
import { signIn } from "@/lib/auth/sign-in";
import { endUserSessionsAction } from "../users/actions";
import { changePasswordAction, endOtherSessionsAction, endSessionAction } from "./actions";
import { IDLE } from "@/lib/actions/result";

const device = (userAgent: string) => ({ ip: "10.1.1.1", userAgent });

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`a staff member's own sessions and password on ${target.name}`, () => {
    let prisma: PrismaClient;

    beforeAll(async () => {
      prisma = (await target.open()).prisma;
    });
    afterAll(() => target.close());

    it("lists the account's live sessions, ends one, then all but the current one", async () => {
      const me = await createStaff(prisma, "AUTHOR", "-sessions");
      const phone = await createSession(me.id, device("Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile Safari/537.36"));
      const laptop = await createSession(me.id, device("Mozilla/5.0 (Windows NT 10.0) Firefox/133.0"));
      const someoneElse = await createStaff(prisma, "EDITOR", "-sessions");

      const sessions = await listActiveSessions(me.id, me.token);
      expect(sessions).toHaveLength(3);
      expect(sessions.filter((s) => s.current)).toHaveLength(1);
      const phoneRow = sessions.find((s) => s.userAgent.includes("Android"))!;

      actAs(me);
      const theirs = (await listActiveSessions(someoneElse.id, someoneElse.token))[0]!;
      expect(await endSessionAction(IDLE, form({ sessionId: theirs.id }))).toEqual({ ok: false, message: "Сеанс уже завершён.", fieldErrors: {} });
      expect(await staffForToken(someoneElse.token)).not.toBeNull();

      expect(await endSessionAction(IDLE, form({ sessionId: phoneRow.id }))).toEqual({ ok: true, message: "Сеанс завершён." });
      expect(await staffForToken(phone.token)).toBeNull();
      expect(await staffForToken(laptop.token)).not.toBeNull();

      expect(await endOtherSessionsAction(IDLE, new FormData())).toEqual({ ok: true, message: "Завершено сеансов: 1." });
      expect(await staffForToken(laptop.token)).toBeNull();
      expect(await staffForToken(me.token)).not.toBeNull();
      expect(await staffForToken(someoneElse.token)).not.toBeNull();
      expect(await listActiveSessions(me.id, me.token)).toEqual([expect.objectContaining({ current: true })]);
    });

    it("changes the password only with the current one, and signs out every other device", async () => {
      const me = await createStaff(prisma, "CONTRIBUTOR", "-password");
      const other = await createSession(me.id, device("Safari"));
      actAs(me);

      const wrong = await changePasswordAction(IDLE, form({ currentPassword: "не тот", newPassword: "новый-пароль-42", confirmPassword: "новый-пароль-42" }));
      expect(wrong.fieldErrors?.currentPassword).toEqual(["Неверный текущий пароль."]);
      const mismatch = await changePasswordAction(
        IDLE,
        form({ currentPassword: "пароль-для-теста", newPassword: "новый-пароль-42", confirmPassword: "другой-42" }),
      );
      expect(mismatch.fieldErrors?.confirmPassword).toEqual(["Пароли не совпадают."]);
      const short = await changePasswordAction(IDLE, form({ currentPassword: "пароль-для-теста", newPassword: "коротко", confirmPassword: "коротко" }));
      expect(short.fieldErrors?.newPassword).toEqual(["Новый пароль — не короче 10 символов."]);
      expect(await staffForToken(other.token)).not.toBeNull();

      const done = await changePasswordAction(
        IDLE,
        form({ currentPassword: "пароль-для-теста", newPassword: "новый-пароль-42", confirmPassword: "новый-пароль-42" }),
      );
      expect(done).toEqual({ ok: true, message: "Пароль изменён. Завершено других сеансов: 1." });
      expect(await staffForToken(other.token)).toBeNull();
      expect(await staffForToken(me.token)).not.toBeNull();
      const noSleep = async () => {};
      expect((await signIn({ email: me.email, password: "пароль-для-теста" }, device("x"), noSleep)).ok).toBe(false);
      expect((await signIn({ email: me.email, password: "новый-пароль-42" }, device("x"), noSleep)).ok).toBe(true);
      expect(await prisma.auditLog.count({ where: { action: "user.password", subject: `user:${me.id}` } })).toBe(1);
    });

    it("lets an administrator sign a user out of every device without disabling the account", async () => {
      const admin = await createStaff(prisma, "ADMINISTRATOR", "-signout");
      const user = await createStaff(prisma, "EDITOR", "-signout");
      const second = await createSession(user.id, device("Chrome"));
      actAs(admin);
      expect(await endUserSessionsAction(IDLE, form({ userId: String(user.id) }))).toEqual({ ok: true, message: "Завершено сеансов: 2." });
      expect(await staffForToken(user.token)).toBeNull();
      expect(await staffForToken(second.token)).toBeNull();
      expect(await staffForToken(admin.token)).not.toBeNull();
      expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();
    });
  });
}
