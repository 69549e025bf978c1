import { describe, expect, it } from "vitest";
import { botReason } from "./bot-check";
import { formAgeMs, issueFormToken } from "./form-token";
import { checkViewToken, issueViewToken, VIEW_TOKEN_TTL_MS } from "./view-token";

const secret = Buffer.from("test-secret-test-secret-test-secret");
const human = { honeypot: "", view: { ok: true as const, ageMs: 20_000 }, formAgeMs: 60_000 };

describe("botReason", () => {
  it("lets a human through, with or without JavaScript", () => {
    expect(botReason(human)).toBeNull();
    expect(botReason({ ...human, view: null })).toBeNull();
  });
  it("catches the honeypot, a bad token and haste", () => {
    expect(botReason({ ...human, honeypot: "http://spam" })).toMatch(/honeypot/);
    expect(botReason({ ...human, view: null, formAgeMs: null })).toMatch(/token/);
    expect(botReason({ ...human, view: null, formAgeMs: 1200 })).toMatch(/rendered/);
    expect(botReason({ ...human, view: { ok: true, ageMs: 900 } })).toMatch(/opened/);
    expect(botReason({ ...human, view: { ok: false, reason: "view token of another article" } })).toMatch(/another article/);
  });
  it("does not let an old cached form excuse a hasty view", () => {
    expect(botReason({ ...human, view: { ok: true, ageMs: 200 }, formAgeMs: 10 * 24 * 3600 * 1000 })).toMatch(/opened/);
  });
});

describe("form token", () => {
  it("tells the form's age for its own article and refuses a forged one", () => {
    const token = issueFormToken(7, 1_000, secret);
    expect(formAgeMs(token, 7, 5_000, secret)).toBe(4_000);
    expect(formAgeMs(token, 8, 5_000, secret)).toBeNull();
    expect(formAgeMs(token.replace(".1000.", ".1."), 7, 5_000, secret)).toBeNull();
    expect(formAgeMs("", 7, 5_000, secret)).toBeNull();
  });
});

describe("view token", () => {
  it("measures the time since the view on the server's clock, for one article", () => {
    const token = issueViewToken(7, 10_000, secret);
    expect(checkViewToken(token, 7, 14_000, secret)).toEqual({ ok: true, ageMs: 4_000 });
    expect(checkViewToken(token, 8, 14_000, secret)).toMatchObject({ ok: false, reason: /another article/ });
    expect(checkViewToken(token, 7, 10_000 + VIEW_TOKEN_TTL_MS + 1, secret)).toMatchObject({ ok: false, reason: /expired/ });
    expect(checkViewToken(token, 7, 9_000, secret)).toMatchObject({ ok: false });
    expect(checkViewToken(token.replace(".10000.", ".1."), 7, 14_000, secret)).toMatchObject({ ok: false, reason: /forged/ });
  });
});
