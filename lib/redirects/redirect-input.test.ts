import { describe, expect, it } from "vitest";
import { z } from "zod";
import { addressSearchText, newRedirectInput, redirectTarget } from "./redirect-input";

const errors = (input: Record<string, string>) => {
  const parsed = newRedirectInput.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("newRedirectInput", () => {
  it("stores the old address under its key, whatever form it was pasted in", () => {
    const cases: [string, string][] = [
      ["/2019/05/novost/", "/2019/05/novost"],
      ["https://old-site.kz/2019/05/Novost/?utm_source=x", "/2019/05/novost"],
      ["/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D1%8C/", "/новость"],
      ["  /?p=123&utm_medium=y ", "/?p=123"],
    ];
    for (const [from, key] of cases) expect(newRedirectInput.parse({ from, to: "/novost" }).from, from).toBe(key);
  });

  it("keeps a target path percent-encoded for the Location header, and an absolute link as a URL", () => {
    expect(newRedirectInput.parse({ from: "/a", to: "/новость?x=1#y" }).to).toBe("/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D1%8C?x=1#y");
    expect(newRedirectInput.parse({ from: "/a", to: "https://example.kz/путь" }).to).toBe("https://example.kz/%D0%BF%D1%83%D1%82%D1%8C");
  });

  it("explains what cannot be an old address", () => {
    expect(errors({ from: "", to: "/x" }).from).toEqual(["Укажите старый адрес."]);
    expect(errors({ from: "novost", to: "/x" }).from?.[0]).toMatch(/^Старый адрес — путь на сайте/);
    expect(errors({ from: "ftp://old/x", to: "/x" }).from?.[0]).toMatch(/^Старый адрес — путь на сайте/);
    expect(errors({ from: "/%E0%A4%A", to: "/x" }).from?.[0]).toMatch(/^Старый адрес — путь на сайте/);
    expect(errors({ from: "https://old.kz/", to: "/x" }).from).toEqual(["Главную страницу перенаправить нельзя."]);
    expect(errors({ from: "/?utm_source=x", to: "/x" }).from).toEqual(["Главную страницу перенаправить нельзя."]);
    expect(errors({ from: "/admin/articles", to: "/x" }).from).toEqual(["Адреса редакции и служебные адреса перенаправить нельзя."]);
    expect(errors({ from: "/api/comments/token", to: "/x" }).from).toEqual(["Адреса редакции и служебные адреса перенаправить нельзя."]);
    expect(errors({ from: `/${"a".repeat(2000)}`, to: "/x" }).from).toEqual(["Адрес длиннее 2000 символов."]);
  });

  it("explains what cannot be a target, another site's disguises included", () => {
    for (const to of ["novost", "javascript:alert(1)", "//evil.example/x", "/\\evil.example", "mailto:a@b.kz", "https://"])
      expect(errors({ from: "/a", to }).to?.[0], to).toMatch(/^Новый адрес — путь на сайте/);
    expect(errors({ from: "/a", to: " " }).to).toEqual(["Укажите новый адрес."]);
  });
});

describe("redirectTarget", () => {
  it("accepts paths and http(s) links only", () => {
    expect(redirectTarget("/category/sport")).toBe("/category/sport");
    expect(redirectTarget("HTTP://Example.kz/A")).toBe("http://example.kz/A");
    expect(redirectTarget("/\\\\evil.example")).toBeNull();
  });
});

describe("addressSearchText", () => {
  it("searches for an address as stored, however it was pasted", () => {
    expect(addressSearchText(" https://old.kz/2019/novost/ ")).toBe("/2019/novost");
    expect(addressSearchText("%D0%BD%D0%BE%D0%B2")).toBe("нов");
    expect(addressSearchText("100%")).toBe("100%");
    expect(addressSearchText("/")).toBe("/");
  });
});
