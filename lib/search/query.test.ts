import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, parseSearchQuery, prefixTsQuery, queryParam } from "./query";

describe("parseSearchQuery", () => {
  it("keeps the words of a normal query, lowercased and without repeats", () => {
    expect(parseSearchQuery("  Наркопреступления   в Өскемене наркопреступления ")).toEqual({
      ok: true,
      query: { text: "Наркопреступления в Өскемене наркопреступления", words: ["наркопреступления", "в", "өскемене"] },
    });
  });

  it("keeps hyphenated names whole", () => {
    const parsed = parseSearchQuery("Усть-Каменогорск");
    expect(parsed.ok && parsed.query.words).toEqual(["усть-каменогорск"]);
  });

  it("explains empty, absurdly long and symbol-only queries instead of searching", () => {
    expect(parseSearchQuery("   ")).toMatchObject({ ok: false, problem: "empty" });
    expect(parseSearchQuery("слово ".repeat(MAX_QUERY_LENGTH))).toMatchObject({ ok: false, problem: "too-long" });
    expect(parseSearchQuery("!!! ??? <> & | ''")).toMatchObject({ ok: false, problem: "no-words" });
  });
});

describe("prefixTsQuery", () => {
  it("ands prefixes and keeps hyphenated parts adjacent", () => {
    expect(prefixTsQuery(["өскемен", "усть-каменогорск"])).toBe("өскемен:* & усть:* <-> каменогорск:*");
  });
});

describe("queryParam", () => {
  it("takes the first of repeated parameters and ignores anything else", () => {
    expect(queryParam(["а", "б"])).toBe("а");
    expect(queryParam(undefined)).toBe("");
    expect(queryParam({ x: 1 })).toBe("");
  });
});
