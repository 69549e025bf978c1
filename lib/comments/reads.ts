import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { TAGS } from "@/lib/cache/tags";
import { cachedArg, isValid } from "@/lib/cache/cached-args";
import type { PublicComment } from "./types";

const publicSelect = {
  id: true,
  parentId: true,
  depth: true,
  authorName: true,
  authorUrl: true,
  contentHtml: true,
  status: true,
  createdAt: true,
  userId: true,
} as const;

type Row = {
  id: number;
  parentId: number | null;
  depth: number;
  authorName: string;
  authorUrl: string;
  contentHtml: string;
  status: string;
  createdAt: Date;
  userId: number | null;
};

function toPublic(row: Row): PublicComment {
  return {
    id: row.id,
    parentId: row.parentId,
    depth: row.depth,
    authorName: row.authorName,
    authorUrl: row.authorUrl,
    contentHtml: row.contentHtml,
    createdAt: row.createdAt.toISOString(),
    held: row.status !== "APPROVED",
    staff: row.userId !== null,
  };
}

/** The published discussion under an article, oldest first. Never emails or addresses. */
export async function getApprovedComments(articleId: number): Promise<PublicComment[]> {
  "use cache";
  cacheLife("max");
  if (!isValid(cachedArg.id, articleId)) return [];
  cacheTag(TAGS.site, TAGS.article(articleId));
  const rows = await db().comment.findMany({
    where: { articleId, status: "APPROVED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: publicSelect,
  });
  return rows.map(toPublic);
}

/**
 * A commenter's own comments on an article that still await moderation (ids from their signed
 * cookie). Deliberately not a cached function: those are callable by anyone, with any ids.
 */
export async function readHeldComments(articleId: number, ids: number[]): Promise<PublicComment[]> {
  if (ids.length === 0) return [];
  const rows = await db().comment.findMany({
    where: { articleId, id: { in: ids }, status: { in: ["PENDING", "SPAM"] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: publicSelect,
  });
  return rows.map(toPublic);
}
