import { z } from "zod";
import { describe, expect, it } from "vitest";
import { brandingInput } from "./branding-input";
import { DEFAULT_COPYRIGHT, parseStoredBranding } from "./stored";

const valid = {
  name: "  Вестник Региона ",
  description: "Новости области",
  social_vk: "https://vk.com/vestnik",
  social_telegram: "https://t.me/vestnik",
  address: "Усть-Каменогорск, ул. Горького, 1",
  phone: "+7 (7232) 50-00-00",
  email: "redaktsiya@vestnik.kz",
  ageMark: "16+",
  registrationNote: "Свидетельство о постановке на учёт № 12345-Г",
  copyright: "Все права защищены.",
  logoLightId: "",
  logoDarkId: "7",
  iconId: "",
};

const errors = (input: Record<string, string>) => {
  const parsed = brandingInput.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("the branding form", () => {
  it("reads a filled form into the stored shape", () => {
    const parsed = brandingInput.parse(valid);
    expect(parsed).toMatchObject({
      name: "Вестник Региона",
      social: { vk: "https://vk.com/vestnik", telegram: "https://t.me/vestnik", instagram: "", whatsapp: "" },
      contacts: { address: "Усть-Каменогорск, ул. Горького, 1", phone: "+7 (7232) 50-00-00", email: "redaktsiya@vestnik.kz" },
      logoLightId: null,
      logoDarkId: 7,
      iconId: null,
    });
    expect(Object.keys(parsed)).not.toContain("social_vk");
  });

  it("refuses links that are not the network's, and bad contacts, in Russian beside each field", () => {
    expect(
      errors({
        ...valid,
        name: " ",
        social_vk: "https://evil.example/vk.com",
        social_x: "javascript:alert(1)",
        social_youtube: "http://youtube.com/@vestnik",
        phone: "звоните",
        email: "не почта",
        ageMark: "21+",
      }),
    ).toEqual({
      name: ["Введите название издания."],
      social_vk: ["Ссылка ВКонтакте: https://vk.com/…"],
      social_x: ["Ссылка X: https://x.com/…"],
      social_youtube: ["Ссылка YouTube: https://youtube.com/…"],
      phone: ["Телефон: цифры, пробелы, скобки, дефисы, можно «+» в начале."],
      email: ["Введите адрес почты вида name@example.kz."],
      ageMark: ["Выберите возрастную маркировку."],
    });
  });
});

describe("the stored branding", () => {
  it("falls back field by field, so a damaged row never takes pages down", () => {
    const read = parseStoredBranding({ name: "", social: "x", ageMark: "99+", iconId: "seven", copyright: "©" }, "Вестник");
    expect(read).toMatchObject({ name: "Вестник", ageMark: "16+", iconId: null, copyright: "©", social: { vk: "" } });
    expect(parseStoredBranding(null, "Вестник").name).toBe("Вестник");
    expect(parseStoredBranding({ registrationNote: "№ 1" }, "Вестник")).toMatchObject({
      description: "Вестник: новости региона.",
      copyright: DEFAULT_COPYRIGHT,
    });
    expect(parseStoredBranding({ copyright: "" }, "Вестник").copyright).toBe("");
  });
});
