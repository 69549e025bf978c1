import { describe, expect, it } from "vitest";
import { decodeCommenter, encodeCommenter } from "./commenter-cookie";

const secret = Buffer.from("test-secret-test-secret-test-secret");
const commenter = { name: "Ерлан", email: "erlan@example.kz", url: "", remember: true, held: [3, 9] };

describe("commenter cookie", () => {
  it("round-trips and is cookie- and URL-safe", () => {
    const value = encodeCommenter(commenter, secret);
    expect(value).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(decodeCommenter(value, secret)).toEqual(commenter);
  });

  it("refuses a forged or tampered value", () => {
    const value = encodeCommenter(commenter, secret);
    const forged = Buffer.from(JSON.stringify({ ...commenter, held: [1, 2, 3] })).toString("base64url") + value.slice(value.indexOf("."));
    expect(decodeCommenter(forged, secret)).toBeNull();
    expect(decodeCommenter(value, Buffer.from("another-secret-another-secret-xx"))).toBeNull();
    expect(decodeCommenter("garbage", secret)).toBeNull();
  });

  it("keeps only the latest held comments", () => {
    const many = { ...commenter, held: Array.from({ length: 30 }, (_, i) => i + 1) };
    expect(decodeCommenter(encodeCommenter(many, secret), secret)?.held).toEqual(Array.from({ length: 20 }, (_, i) => i + 11));
  });
});
