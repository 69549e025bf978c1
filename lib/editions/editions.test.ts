import { describe, expect, it } from "vitest";
import { DEFAULT_EDITIONS, editionPrefix, inEdition, parseEditions } from "./editions";
import { editionsInput } from "./editions-input";

describe("editions", () => {
  it("puts the default edition at the root and another under its code", () => {
    const both = { enabled: ["ru", "kk"] as const, default: "ru" as const };
    const editions = { enabled: [...both.enabled], default: both.default };
    expect(editionPrefix("ru", editions)).toBe("");
    expect(inEdition("/", "kk", editions)).toBe("/kk");
    expect(inEdition("/category/qogam", "kk", editions)).toBe("/kk/category/qogam");
    expect(inEdition("/novost", "ru", { enabled: ["ru", "kk"], default: "kk" })).toBe("/ru/novost");
  });

  it("reads a stored setting leniently, and Russian alone when there is none", () => {
    expect(parseEditions(undefined)).toEqual(DEFAULT_EDITIONS);
    expect(parseEditions({ enabled: ["kk"], default: "ru" })).toEqual(DEFAULT_EDITIONS);
    expect(parseEditions({ enabled: ["kk", "ru"], default: "kk" })).toEqual({ enabled: ["ru", "kk"], default: "kk" });
  });

  it("refuses a form with no language or a default that is switched off, in Russian", () => {
    const none = editionsInput.safeParse({ default: "ru" });
    expect(none.success).toBe(false);
    expect(none.error?.issues[0]?.message).toBe("Включите хотя бы один язык.");
    const off = editionsInput.safeParse({ enabled: "kk", default: "ru" });
    expect(off.error?.issues[0]?.message).toBe("Основной язык должен быть включён.");
    expect(editionsInput.parse({ enabled: "kk", default: "kk" })).toEqual({ enabled: ["kk"], default: "kk" });
  });
});
