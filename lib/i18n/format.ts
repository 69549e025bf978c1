import type { Language } from "./languages";

/** Plural forms by CLDR category: Russian uses one/few/many, Kazakh one/other. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

const rules = new Map<Language, Intl.PluralRules>();

/** The form for `n` in `language`: plural("ru", 5, comments) → «комментариев». */
export function plural(language: Language, n: number, forms: PluralForms): string {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  return forms[rule.select(n)] ?? forms.other;
}

/** Fills `{name}` placeholders: fill("Страница {page} из {total}", { page: 2, total: 9 }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
