import { Prisma } from "@/lib/generated/prisma/client";
import type { Language } from "@/lib/i18n/languages";

/** Readers see only published articles whose publication time has come; in an edition, its language's. */
export function visibleToReaders(language?: Language, now = new Date()): Prisma.ArticleWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: now }, ...(language ? { language } : {}) };
}

/** The same rule for raw SQL over `"Article"` aliased as `a`. */
export const VISIBLE_SQL = Prisma.sql`a.status = 'PUBLISHED' AND a."publishedAt" <= now()`;

/** The same rule in an edition. */
export function visibleInEditionSql(language: Language) {
  return Prisma.sql`${VISIBLE_SQL} AND a.language = ${language}::"Language"`;
}
