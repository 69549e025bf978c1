import { describe, expect, it } from "vitest";
import ru from "./messages/ru.json";
import kk from "./messages/kk.json";
import { LANGUAGES, type Language } from "./languages";

type Tree = { [key: string]: string | Tree };

const FILES: Record<Language, Tree> = { ru, kk };
/** Keys whose Kazakh is the Russian word: «Автор», «Редакция», «Веб-сайт». */
const SAME_IN_BOTH = new Set(["archive.kicker.author", "comments.staff", "comments.urlLabel"]);
const PLURAL_CATEGORIES = new Set<string>(["zero", "one", "two", "few", "many", "other"]);

const isTree = (value: unknown): value is Tree => typeof value === "object" && value !== null && !Array.isArray(value);

/** A plural object: every key a CLDR category (the files' other objects are sections). */
const isPlural = (value: Tree) => Object.keys(value).length > 0 && Object.keys(value).every((k) => PLURAL_CATEGORIES.has(k));

/** Every string in the file by its dotted key; a plural object counts as one entry. */
function entries(tree: Tree, prefix = ""): Map<string, string | Tree> {
  const out = new Map<string, string | Tree>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isTree(value) && !isPlural(value)) for (const [k, v] of entries(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** The placeholders of an entry: a plural object's forms must all name the same ones. */
function entryPlaceholders(value: string | Tree): string[] {
  if (typeof value === "string") return placeholders(value);
  const sets = Object.values(value).map((form) => placeholders(form as string).join(","));
  expect(new Set(sets).size, `forms with different placeholders: ${JSON.stringify(value)}`).toBe(1);
  return sets[0]!.split(",").filter(Boolean);
}

/** The categories Intl.PluralRules picks for `language` (integers and fractions both). */
function neededCategories(language: Language): string[] {
  return [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
}

const byLanguage = Object.fromEntries(LANGUAGES.map((l) => [l, entries(FILES[l])])) as Record<Language, Map<string, string | Tree>>;

describe("the reader-facing messages", () => {
  it("are found: the walk sees sections, strings and plural objects", () => {
    expect(byLanguage.ru.get("comments.leaveReply")).toBe("Оставьте ответ");
    expect(isTree(byLanguage.ru.get("plurals.comments"))).toBe(true);
    expect(byLanguage.ru.size).toBeGreaterThan(50);
  });

  for (const language of LANGUAGES) {
    for (const other of LANGUAGES.filter((l) => l !== language)) {
      it(`has in ${language} no key that ${other} lacks`, () => {
        const extra = [...byLanguage[language].keys()].filter((key) => !byLanguage[other].has(key));
        expect(extra).toEqual([]);
      });
    }

    it(`gives every plural object in ${language} each category its plural rules pick, and no other`, () => {
      for (const [key, value] of byLanguage[language]) {
        if (typeof value === "string") continue;
        expect(Object.keys(value).sort(), key).toEqual(neededCategories(language));
      }
    });

    it(`leaves no ${language} value empty`, () => {
      for (const [key, value] of byLanguage[language]) {
        const forms = typeof value === "string" ? [value] : Object.values(value);
        for (const form of forms) expect(typeof form === "string" && form.trim() !== "", key).toBe(true);
      }
    });
  }

  it("uses the same kind of entry (text or plural object) under each key in both languages", () => {
    for (const [key, value] of byLanguage.ru) {
      expect(typeof byLanguage.kk.get(key), key).toBe(typeof value);
    }
  });

  it("names the same placeholders in both languages", () => {
    for (const [key, value] of byLanguage.ru) {
      const translated = byLanguage.kk.get(key);
      if (translated === undefined) continue;
      expect(entryPlaceholders(translated), key).toEqual(entryPlaceholders(value));
    }
  });

  it("leaves no Kazakh text in Russian, but for the words both languages write alike", () => {
    const leftInRussian = [...byLanguage.kk].filter(
      ([key, value]) => typeof value === "string" && value === byLanguage.ru.get(key) && /[а-яё]{4}/i.test(value) && !SAME_IN_BOTH.has(key),
    );
    expect(leftInRussian.map(([key]) => key)).toEqual([]);
  });
});
