import { z } from "zod";
import { describe, expect, it } from "vitest";
import { menuItemInput } from "./menu-input";
import { isAllowedMenuUrl, isExternalHref } from "./menu-url";

const errors = (input: Record<string, string>) => {
  const parsed = menuItemInput.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("menu items", () => {
  it("accept site paths, http(s), mail and phone links, and nothing that could run", () => {
    for (const ok of ["/o-redaktsii", "/feed/zen", "https://vk.com/vestnik", "http://example.kz/a?b=1", "mailto:news@vestnik.kz", "tel:+77232500000"]) {
      expect(isAllowedMenuUrl(ok), ok).toBe(true);
    }
    for (const bad of ["javascript:alert(1)", "//evil.example", "data:text/html,x", "ftp://x.kz", "vestnik.kz", "/a b", "https://"]) {
      expect(isAllowedMenuUrl(bad), bad).toBe(false);
    }
    expect(isExternalHref("/feed")).toBe(false);
    expect(isExternalHref("https://vk.com/vestnik")).toBe(true);
  });

  it("need what their kind points at, and a label for an address", () => {
    expect(errors({ location: "HEADER", kind: "CATEGORY" })).toEqual({ categoryId: ["Выберите рубрику."] });
    expect(errors({ location: "HEADER", kind: "PAGE", pageId: "" })).toEqual({ pageId: ["Выберите страницу."] });
    expect(errors({ location: "FOOTER_2", kind: "URL", url: "javascript:alert(1)" })).toEqual({
      url: ["Укажите адрес вида https://… или /путь на сайте (можно mailto: и tel:)."],
      label: ["У ссылки должно быть название."],
    });
    expect(errors({ location: "SIDEBAR", kind: "LINK" })).toMatchObject({ location: ["Выберите меню."], kind: ["Выберите, куда ведёт пункт."] });
    expect(menuItemInput.parse({ location: "HEADER", kind: "URL", url: " /search ", label: "Поиск", categoryId: "3" })).toMatchObject({
      url: "/search",
      categoryId: 3,
      parentId: null,
    });
    expect(menuItemInput.parse({ location: "HEADER", kind: "CATEGORY", categoryId: "3", url: "/ignored" }).url).toBeNull();
  });
});
