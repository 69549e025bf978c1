import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { cachedArg } from "@/lib/cache/cached-args";
import { LANGUAGES, type Language } from "@/lib/i18n/languages";

/** `edition`: only what is written in the edition's language; `both`: every language. */
export const SEARCH_SCOPES = ["edition", "both"] as const;
export type SearchScope = (typeof SEARCH_SCOPES)[number];

/** Where a search looks: the edition it is made from, and how far beyond its language. */
export type SearchIn = { language: Language; scope?: SearchScope };

/** As a cached read receives it: checked again, since a cache key can be anything. */
export const cachedSearchIn = z.object({ language: cachedArg.language, scope: z.enum(SEARCH_SCOPES).default("edition") });

export function searchedLanguages({ language, scope = "edition" }: SearchIn): Language[] {
  return scope === "both" ? [...LANGUAGES] : [language];
}

/**
 * Rows whose `column` language is searched and which pass `test` in their language: Russian
 * documents are stemmed by the `russian` configuration, Kazakh ones by vestnik_kk_stem, so
 * each is matched by a query of its own.
 */
export function inLanguages(languages: Language[], column: Prisma.Sql, test: (language: Language) => Prisma.Sql): Prisma.Sql {
  const each = languages.map((language) => Prisma.sql`(${column} = ${language}::"Language" AND ${test(language)})`);
  return Prisma.sql`(${Prisma.join(each, " OR ")})`;
}

/** Rows of the searched languages, whatever they hold. */
export function languageIn(languages: Language[], column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${column} IN (${Prisma.join(languages.map((language) => Prisma.sql`${language}::"Language"`))})`;
}

/** A value computed the way of the row's language: a CASE only when more than one is searched. */
export function byLanguage(languages: Language[], column: Prisma.Sql, value: (language: Language) => Prisma.Sql): Prisma.Sql {
  if (languages.length === 1) return value(languages[0]!);
  const cases = languages.map((language) => Prisma.sql`WHEN ${language}::"Language" THEN ${value(language)}`);
  return Prisma.sql`CASE ${column} ${Prisma.join(cases, " ")} END`;
}

/** Columns of a one-row CTE, each only when one of the searched languages needs it. */
export function queryColumns(languages: Language[], columns: Record<Language, Prisma.Sql[]>): Prisma.Sql {
  return Prisma.join(languages.flatMap((language) => columns[language]));
}
