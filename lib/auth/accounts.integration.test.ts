import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { setTestRequest } from "@/tests/support/stubs/next-headers";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { bootstrapAdministrator, createStaffAccount } from "./staff-accounts";
import { createSession, revokeSession, revokeUserSessions, SESSION_LIFETIME_MS, staffForToken } from "./sessions";
import { signIn, WRONG_CREDENTIALS } from "./sign-in";
import { ACCOUNT_LIMIT, IP_LIMIT } from "./throttle";
import { currentStaff } from "./current-staff";

const noSleep = async () => {};
const meta = (ip: string) => ({ ip, userAgent: "vitest" });

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`staff accounts on ${target.name}`, () => {
    let prisma: PrismaClient;

    beforeAll(async () => {
      prisma = (await target.open()).prisma;
    });
    afterAll(() => target.close());
    beforeEach(async () => {
      await prisma.loginAttempt.deleteMany();
    });

    it("bootstraps one administrator on first start only, with a generated password when none is given", async () => {
      const first = await bootstrapAdministrator(prisma, { email: "Chief@Example.kz" });
      expect(first?.email).toBe("chief@example.kz");
      expect(first?.generatedPassword).toMatch(/^[\w-]{16}$/);
      expect(await bootstrapAdministrator(prisma, { email: "other@example.kz", password: "x" })).toBeNull();
      const admin = await prisma.user.findUniqueOrThrow({ where: { email: "chief@example.kz" } });
      expect(admin.role).toBe("ADMINISTRATOR");
      const result = await signIn({ email: "chief@example.kz", password: first!.generatedPassword! }, meta("10.0.0.1"), noSleep);
      expect(result.ok).toBe(true);
    });

    it("signs in with the right password only, and a session ends on expiry, revocation and disabling", async () => {
      const user = await createStaffAccount(prisma, { email: "editor@example.kz", name: "Редактор", role: "EDITOR", password: "верный-пароль" });
      expect(await signIn({ email: "editor@example.kz", password: "неверный" }, meta("10.0.0.2"), noSleep)).toEqual({ ok: false, message: WRONG_CREDENTIALS });
      expect(await signIn({ email: "nobody@example.kz", password: "x" }, meta("10.0.0.2"), noSleep)).toEqual({ ok: false, message: WRONG_CREDENTIALS });
      const ok = await signIn({ email: " EDITOR@example.kz ", password: "верный-пароль" }, meta("10.0.0.2"), noSleep);
      if (!ok.ok) throw new Error(ok.message);
      expect(await staffForToken(ok.token)).toEqual({ id: user.id, name: "Редактор", email: "editor@example.kz", role: "EDITOR" });
      const stored = await prisma.session.findFirstOrThrow({ where: { userId: user.id } });
      expect(stored.id).not.toBe(ok.token);

      setTestRequest({ cookies: { vestnik_session: ok.token } });
      expect((await currentStaff())?.id).toBe(user.id);
      expect(await staffForToken(ok.token, new Date(Date.now() + SESSION_LIFETIME_MS + 1000))).toBeNull();

      await revokeSession(ok.token);
      expect(await staffForToken(ok.token)).toBeNull();

      const again = await createSession(user.id, meta("10.0.0.2"));
      await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
      expect(await staffForToken(again.token)).toBeNull();
      await prisma.user.update({ where: { id: user.id }, data: { disabledAt: null } });
      expect(await staffForToken(again.token)).not.toBeNull();
      expect(await revokeUserSessions(user.id)).toBe(1);
      expect(await staffForToken(again.token)).toBeNull();
      expect((await signIn({ email: "editor@example.kz", password: "верный-пароль" }, meta("10.0.0.2"), noSleep)).ok).toBe(true);
    });

    it("matches the email exactly: `_` and `%` are not wildcards", async () => {
      await createStaffAccount(prisma, { email: "author2@example.com", name: "Автор", role: "AUTHOR", password: "пароль-автора-2" });
      for (const email of ["author2@example.co_", "author_@example.com", "a%@%", "%"]) {
        expect(await signIn({ email, password: "пароль-автора-2" }, meta("10.0.0.9"), noSleep), email).toEqual({ ok: false, message: WRONG_CREDENTIALS });
      }
      expect((await signIn({ email: "Author2@Example.com", password: "пароль-автора-2" }, meta("10.0.0.9"), noSleep)).ok).toBe(true);
    });

    it("upgrades an scrypt hash to argon2id at the next successful sign-in", async () => {
      const user = await createStaffAccount(prisma, { email: "old-hash@example.kz", name: "Старый", role: "AUTHOR", password: "временный" });
      await prisma.user.update({
        where: { id: user.id },
        data: { passwordHash: "scrypt$32768$8$1$5MqZ7ucA9Jbp7Ovt-PNGUQ$T5v7ovyd380N9tKf1qTIa7P5Ni9ELWeqLAlvly50364" },
      });
      expect((await signIn({ email: "old-hash@example.kz", password: "неверный" }, meta("10.0.0.7"), noSleep)).ok).toBe(false);
      expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toMatch(/^scrypt/);
      expect((await signIn({ email: "old-hash@example.kz", password: "Пароль-2026" }, meta("10.0.0.7"), noSleep)).ok).toBe(true);
      expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect((await signIn({ email: "old-hash@example.kz", password: "Пароль-2026" }, meta("10.0.0.7"), noSleep)).ok).toBe(true);
    });

    it("refuses a disabled account even with the right password", async () => {
      await createStaffAccount(prisma, { email: "gone@example.kz", role: "AUTHOR", password: "пароль-123" });
      await prisma.user.update({ where: { email: "gone@example.kz" }, data: { disabledAt: new Date() } });
      expect((await signIn({ email: "gone@example.kz", password: "пароль-123" }, meta("10.0.0.3"), noSleep)).ok).toBe(false);
    });

    it("slows and then refuses repeated failures for an account, even with the right password", async () => {
      await createStaffAccount(prisma, { email: "target@example.kz", role: "AUTHOR", password: "пароль-123" });
      const delays: number[] = [];
      const sleep = async (ms: number) => void delays.push(ms);
      for (let i = 0; i < ACCOUNT_LIMIT; i++) {
        const result = await signIn({ email: "target@example.kz", password: `wrong-${i}` }, meta(`10.1.0.${i}`), sleep);
        expect(result).toEqual({ ok: false, message: WRONG_CREDENTIALS });
      }
      expect(delays.length).toBeGreaterThan(0);
      const refused = await signIn({ email: "target@example.kz", password: "пароль-123" }, meta("10.1.1.1"), noSleep);
      expect(refused.ok).toBe(false);
      expect(!refused.ok && refused.message).toMatch(/^Слишком много неудачных попыток входа\. Попробуйте снова через 15 мин\.$/);
      const old = new Date(Date.now() - 16 * 60_000);
      await prisma.loginAttempt.updateMany({ data: { createdAt: old } });
      expect((await signIn({ email: "target@example.kz", password: "пароль-123" }, meta("10.1.1.1"), noSleep)).ok).toBe(true);
    });

    it("checks no more wrong passwords than the limit, however many arrive at once", async () => {
      await createStaffAccount(prisma, { email: "burst@example.kz", role: "AUTHOR", password: "пароль-123" });
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => signIn({ email: "burst@example.kz", password: `wrong-${i}` }, meta(`10.4.0.${i}`), noSleep)),
      );
      const checked = results.filter((r) => !r.ok && r.message === WRONG_CREDENTIALS);
      expect(checked).toHaveLength(ACCOUNT_LIMIT);
      expect(results.filter((r) => !r.ok && /Слишком много/.test(r.message))).toHaveLength(8 - ACCOUNT_LIMIT);
    });

    it("refuses an address that fails on many accounts", async () => {
      await createStaffAccount(prisma, { email: "victim@example.kz", role: "AUTHOR", password: "пароль-123" });
      for (let i = 0; i < IP_LIMIT; i++) {
        await signIn({ email: `guess-${i}@example.kz`, password: "x" }, meta("10.9.9.9"), noSleep);
      }
      const fromAttacker = await signIn({ email: "victim@example.kz", password: "пароль-123" }, meta("10.9.9.9"), noSleep);
      expect(!fromAttacker.ok && fromAttacker.message).toMatch(/Слишком много/);
      expect((await signIn({ email: "victim@example.kz", password: "пароль-123" }, meta("10.9.9.10"), noSleep)).ok).toBe(true);
    });
  });
}
