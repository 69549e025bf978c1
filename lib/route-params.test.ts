import { describe, expect, it } from "vitest";
import { isWellFormedSlug, parsePageNumber } from "./route-params";

describe("parsePageNumber", () => {
  it("accepts pages from 2", () => {
    expect(parsePageNumber("2")).toBe(2);
    expect(parsePageNumber("137")).toBe(137);
  });
  it("rejects page 1, zero, signs, padding and junk", () => {
    for (const s of ["1", "0", "-2", "02", "2a", "", "1e3", "9999999"]) expect(parsePageNumber(s)).toBeNull();
  });
});

describe("isWellFormedSlug", () => {
  it("accepts transliterated slugs", () => {
    expect(isWellFormedSlug("v-pavlodare-otkryli-shkolu-2")).toBe(true);
  });
  it("rejects anything else", () => {
    for (const s of ["", "Пример", "a--b", "-a", "a/b", "__build__", "a".repeat(121)]) expect(isWellFormedSlug(s)).toBe(false);
  });
});
