import { describe, expect, it } from "vitest";
import { redirectKey, redirectKeyOfLink } from "./normalize";

describe("redirectKey", () => {
  it("keys WordPress's id links by their one parameter", () => {
    expect(redirectKey("/?p=123")).toBe("/?p=123");
    expect(redirectKey("/?page_id=7&utm_source=x")).toBe("/?page_id=7");
    expect(redirectKey("/?utm_source=x&cat=12")).toBe("/?cat=12");
    expect(redirectKey("/?attachment_id=9")).toBe("/?attachment_id=9");
    expect(redirectKey("/?p=abc")).toBe("/");
    expect(redirectKey("/?s=поиск")).toBe("/");
  });

  it("keys paths decoded, lower-cased and without the trailing slash, whatever the query", () => {
    expect(redirectKey("/2024/05/01/novost/")).toBe("/2024/05/01/novost");
    expect(redirectKey("/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D1%8C/")).toBe("/новость");
    expect(redirectKey("/%d0%bd%d0%be%d0%b2%d0%be%d1%81%d1%82%d1%8c")).toBe("/новость");
    expect(redirectKey("/Category/Obshchestvo/?utm_campaign=1")).toBe("/category/obshchestvo");
    expect(redirectKey("/archives/123")).toBe("/archives/123");
    expect(redirectKey("/")).toBe("/");
  });

  it("refuses what cannot be an address", () => {
    expect(redirectKey("/%E0%A4%A")).toBeNull();
    expect(redirectKey("http://evil.example/")).toBeNull();
  });

  it("reads an export's full links", () => {
    expect(redirectKeyOfLink("https://old.example.kz/2024/05/novost/")).toBe("/2024/05/novost");
    expect(redirectKeyOfLink("https://old.example.kz/?p=5")).toBe("/?p=5");
  });
});
