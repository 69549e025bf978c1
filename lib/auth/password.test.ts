import { describe, expect, it } from "vitest";
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("Пароль-2026");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(needsRehash(hash)).toBe(false);
    expect(await verifyPassword("Пароль-2026", hash)).toBe(true);
    expect(await verifyPassword("пароль-2026", hash)).toBe(false);
  });

  it("salts every hash and never matches the dummy hash", async () => {
    expect(await hashPassword("x")).not.toBe(await hashPassword("x"));
    expect(await verifyPassword("", DUMMY_HASH)).toBe(false);
    expect(await verifyPassword("x", "garbage")).toBe(false);
  });
});

describe("hashes made before argon2id", () => {
  // scrypt N=2^15, r=8, p=1 of "Пароль-2026", as the newsroom stored them until 2026-12.
  const legacy = "scrypt$32768$8$1$5MqZ7ucA9Jbp7Ovt-PNGUQ$T5v7ovyd380N9tKf1qTIa7P5Ni9ELWeqLAlvly50364";

  it("still verify, and are marked for rehashing", async () => {
    expect(await verifyPassword("Пароль-2026", legacy)).toBe(true);
    expect(await verifyPassword("пароль-2026", legacy)).toBe(false);
    expect(needsRehash(legacy)).toBe(true);
  });
});
