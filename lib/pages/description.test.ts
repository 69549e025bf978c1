import { describe, expect, it } from "vitest";
import { pageDescription } from "./description";

describe("page description", () => {
  it("takes the body's text, entities decoded and whitespace collapsed", () => {
    expect(pageDescription("<h2>Адрес</h2>\n<p>Усть-Каменогорск,&nbsp;офис&nbsp;305 &amp; склад</p>", "Контакты")).toBe(
      "Адрес Усть-Каменогорск, офис 305 & склад",
    );
  });

  it("falls back to the title for an empty body", () => {
    expect(pageDescription("<p> </p>", "Контакты")).toBe("Контакты");
  });

  it("cuts a long text at a word near 160 characters", () => {
    const text = "слово ".repeat(60);
    const description = pageDescription(`<p>${text}</p>`, "x");
    expect(description.length).toBeLessThanOrEqual(161);
    expect(description).toMatch(/^(слово )*слово…$/);
  });
});
