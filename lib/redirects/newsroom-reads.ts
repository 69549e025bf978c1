import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addressSearchText } from "./redirect-input";

export const REDIRECTS_PAGE_SIZE = 50;

export const REDIRECT_SOURCE_LABELS: Record<string, string> = { wordpress: "WordPress", manual: "вручную" };

export type RedirectListItem = { from: string; to: string; source: string; createdAt: Date };
export type RedirectList = { items: RedirectListItem[]; total: number; page: number; totalPages: number };

/** Matches an address typed or pasted in any form: decoded (the keys) or percent-encoded (targets saved by the newsroom). */
function matching(query: string): Prisma.RedirectWhereInput {
  const text = addressSearchText(query);
  if (text === "") return {};
  const encoded = encodeURI(text);
  const spellings = [...new Set([text, encoded])];
  return { OR: spellings.flatMap((s) => [{ from: { contains: s, mode: "insensitive" as const } }, { to: { contains: s, mode: "insensitive" as const } }]) };
}

/** A page of redirects, newest first, optionally only those whose old or new address contains `query`. */
export async function listRedirects(page: number, query: string): Promise<RedirectList> {
  const where = matching(query);
  const [items, total] = await Promise.all([
    db().redirect.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { from: "asc" }],
      skip: (page - 1) * REDIRECTS_PAGE_SIZE,
      take: REDIRECTS_PAGE_SIZE,
      select: { from: true, to: true, source: true, createdAt: true },
    }),
    db().redirect.count({ where }),
  ]);
  return { items, total, page, totalPages: Math.max(1, Math.ceil(total / REDIRECTS_PAGE_SIZE)) };
}
