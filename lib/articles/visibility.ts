import { Prisma } from "@/lib/generated/prisma/client";

/** Readers see only published articles whose publication time has come. */
export function visibleToReaders(now = new Date()): Prisma.ArticleWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: now } };
}

/** The same rule for raw SQL over `"Article"` aliased as `a`. */
export const VISIBLE_SQL = Prisma.sql`a.status = 'PUBLISHED' AND a."publishedAt" <= now()`;
