import { describe, expect, it } from "vitest";
import { botReason } from "./bot-check";
import { formAgeMs, issueFormToken } from "./form-token";

const secret = Buffer.from("test-secret-test-secret-test-secret");
const human = { honeypot: "", elapsedInBrowserMs: 20_000, formAgeMs: 60_000 };

describe("botReason", () => {
  it("lets a human through", () => {
    expect(botReason(human)).toBeNull();
    expect(botReason({ ...human, elapsedInBrowserMs: null })).toBeNull();
  });
  it("catches the honeypot, a missing token and haste", () => {
    expect(botReason({ ...human, honeypot: "http://spam" })).toMatch(/honeypot/);
    expect(botReason({ ...human, formAgeMs: null })).toMatch(/token/);
    expect(botReason({ ...human, formAgeMs: 1200 })).toMatch(/rendered/);
    expect(botReason({ ...human, elapsedInBrowserMs: 900 })).toMatch(/loaded/);
  });
});

describe("form token", () => {
  it("tells the form's age and refuses a forged one", () => {
    const token = issueFormToken(1_000, secret);
    expect(formAgeMs(token, 5_000, secret)).toBe(4_000);
    expect(formAgeMs(token.replace(/^1000/, "1"), 5_000, secret)).toBeNull();
    expect(formAgeMs("", 5_000, secret)).toBeNull();
  });
});
