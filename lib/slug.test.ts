import { describe, expect, it } from "vitest";
import { MAX_SLUG_LENGTH, slugify, uniqueSlug, uniqueSlugSync } from "./slug";

describe("slugify", () => {
  it("transliterates Russian", () => {
    expect(slugify("Общество")).toBe("obschestvo");
    expect(slugify("Происшествия")).toBe("proisshestviya");
    expect(slugify("Здоровье")).toBe("zdorove");
    expect(slugify("Ёлка у акимата")).toBe("yolka-u-akimata");
  });

  it("transliterates Kazakh letters instead of dropping them", () => {
    expect(slugify("Өскемен")).toBe("oskemen");
    expect(slugify("Әділет қоғамы")).toBe("adilet-qogamy");
    expect(slugify("Ұлттық Үміт Һ Іле Жаңа")).toBe("ulttyq-umit-h-ile-zhana");
    expect(slugify("Наурыз")).toBe("nauryz");
  });

  it("spells Kazakh text in Kazakh Latin when asked", () => {
    expect(slugify("Саясат", "kk")).toBe("saiasat");
    expect(slugify("Қоғам", "kk")).toBe("qogam");
    expect(slugify("Денсаулық", "kk")).toBe("densaulyq");
    expect(slugify("Ертістің жағасында жаңа үй салынды", "kk")).toBe("ertistin-zhagasynda-zhana-ui-salyndy");
    expect(slugify("Хабарлама: Юлия мен Яна", "kk")).toBe("habarlama-iuliia-men-iana");
    expect(slugify("Саясат")).toBe("sayasat");
  });

  it("keeps abbreviations whole and strips punctuation", () => {
    expect(slugify("ЖКХ")).toBe("zhkkh");
    expect(slugify("  «Кто» — это?! 2024 г.")).toBe("kto-eto-2024-g");
    expect(slugify("Тарифы ЖКХ & дороги")).toBe("tarify-zhkkh-i-dorogi");
  });

  it("cuts long slugs at a word boundary", () => {
    const slug = slugify("Очень длинный заголовок ".repeat(10));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).not.toMatch(/-$/);
    expect(slug.endsWith("zagolovok") || slug.endsWith("dlinnyy") || slug.endsWith("ochen")).toBe(true);
    expect(slugify("а".repeat(200)).length).toBe(MAX_SLUG_LENGTH);
  });
});

describe("uniqueSlug", () => {
  it("appends -2, -3 … while taken", async () => {
    const taken = new Set(["news", "news-2"]);
    expect(await uniqueSlug("news", (s) => taken.has(s))).toBe("news-3");
    expect(await uniqueSlug("other", async (s) => taken.has(s))).toBe("other");
    expect(uniqueSlugSync("news", (s) => taken.has(s))).toBe("news-3");
  });

  it("stays within the length limit with a suffix", async () => {
    const base = slugify("слово ".repeat(30));
    const slug = await uniqueSlug(base, (s) => s === base);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/-2$/);
  });

  it("falls back to 'item' for empty bases", async () => {
    expect(await uniqueSlug(slugify("🙂"), () => false)).toBe("item");
  });
});
