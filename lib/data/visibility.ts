import type { Prisma } from "@/lib/generated/prisma/client";

/** Readers see only published articles whose publication time has come. */
export function visibleToReaders(now = new Date()): Prisma.ArticleWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: now } };
}
