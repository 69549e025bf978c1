import { describe, expect, it } from "vitest";
import { CONFIRM_LINK_DAYS, confirmToken, readConfirmToken, readUnsubscribeToken, unsubscribeToken } from "./links";

const secret = Buffer.from("test-secret-test-secret-test-secret");
const other = Buffer.from("another-secret-another-secret-xx");
const DAY = 24 * 3600_000;

describe("signed mail links", () => {
  it("reads back the address of a confirmation link until it expires", () => {
    const token = confirmToken("Ерлан+news@mail.kz", 1_000, secret);
    expect(readConfirmToken(token, 1_000 + DAY, secret)).toBe("Ерлан+news@mail.kz");
    expect(readConfirmToken(token, 1_000 + CONFIRM_LINK_DAYS * DAY + 1, secret)).toBeNull();
  });

  it("refuses a forged, re-signed or swapped token", () => {
    const confirm = confirmToken("a@mail.kz", 1_000, secret);
    const unsubscribe = unsubscribeToken("a@mail.kz", secret);
    expect(readConfirmToken(confirm, 2_000, other)).toBeNull();
    expect(
      readConfirmToken(
        confirm.replace(/.$/, (c) => (c === "A" ? "B" : "A")),
        2_000,
        secret,
      ),
    ).toBeNull();
    expect(readConfirmToken(unsubscribe, 2_000, secret)).toBeNull();
    expect(readUnsubscribeToken(confirm, secret)).toBeNull();
    expect(readUnsubscribeToken(unsubscribe, secret)).toBe("a@mail.kz");
  });
});
