import { Prisma } from "@/lib/generated/prisma/client";
import type { ImportContext } from "./import-context";
import type { PreparedComment } from "./prepare-post";
import { count, skip } from "./report";

type Row = PreparedComment & { id: number; articleId: number; parentId: number | null };

/** The batch as one JSON parameter: far cheaper to send than a dozen arrays of escaped text. */
function json(rows: Row[]): string {
  return JSON.stringify(
    rows.map((r) => ({
      id: r.id,
      article: r.articleId,
      parent: r.parentId,
      depth: r.depth,
      name: r.authorName,
      email: r.authorEmail,
      url: r.authorUrl,
      ip: r.authorIp,
      content: r.content,
      html: r.contentHtml,
      status: r.status,
      created: r.createdAt,
      wp: r.wpId,
    })),
  );
}

const ROW_TYPE = Prisma.sql`(id int, article int, parent int, depth int, name text, email text, url text, ip text, content text, html text, status text, created text, wp int)`;

/**
 * Writes the comments of a batch of articles. Ids of new comments are taken from the table's
 * sequence first, so that replies can name their parents and every new comment goes in with one
 * statement; those already imported (by WordPress id) are updated with another.
 */
export async function writeComments(ctx: ImportContext, articles: { articleId: number; comments: PreparedComment[] }[]): Promise<void> {
  const { tx } = ctx;
  const seen = new Set<number>();
  const wanted = articles.map(({ articleId, comments }) => ({
    articleId,
    comments: comments.filter((c) => {
      if (c.wpId === 0) return true;
      if (seen.has(c.wpId)) {
        skip(ctx.report.comments, "повторяется в файле");
        return false;
      }
      seen.add(c.wpId);
      return true;
    }),
  }));
  const existing = new Map(
    (
      await tx.$queryRaw<{ id: number; wpCommentId: number }[]>(
        Prisma.sql`SELECT id, "wpCommentId" FROM "Comment" WHERE "wpCommentId" = ANY(${[...seen]}::int[])`,
      )
    ).map((row) => [row.wpCommentId, row.id]),
  );
  const total = wanted.reduce((sum, a) => sum + a.comments.length, 0);
  const newIds =
    total > existing.size
      ? (
          await tx.$queryRaw<{ id: number }[]>(
            Prisma.sql`SELECT nextval(pg_get_serial_sequence('"Comment"', 'id'))::int AS id FROM generate_series(1, ${total - existing.size}::int)`,
          )
        ).map((r) => r.id)
      : [];

  const fresh: Row[] = [];
  const updated: Row[] = [];
  for (const { articleId, comments } of wanted) {
    const idOf = new Map<number, number>();
    for (const comment of comments) {
      const known = comment.wpId ? existing.get(comment.wpId) : undefined;
      const id = known ?? newIds.pop()!;
      if (comment.wpId) idOf.set(comment.wpId, id);
      const row = { ...comment, id, articleId, parentId: comment.parentWpId ? (idOf.get(comment.parentWpId) ?? null) : null };
      (known === undefined ? fresh : updated).push(row);
    }
  }
  if (fresh.length > 0) {
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "Comment" (id, "articleId", "parentId", depth, "authorName", "authorEmail", "authorUrl", "authorIp", content, "contentHtml", status,
                             "createdAt", "updatedAt", "wpCommentId")
      SELECT t.id, t.article, t.parent, t.depth, t.name, t.email, t.url, t.ip, t.content, t.html, t.status::"CommentStatus",
             t.created::timestamptz AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', NULLIF(t.wp, 0)
      FROM json_to_recordset(${json(fresh)}::json) AS t${ROW_TYPE}`);
  }
  if (updated.length > 0) {
    await tx.$executeRaw(Prisma.sql`
      UPDATE "Comment" m SET "articleId" = t.article, "parentId" = t.parent, depth = t.depth, "authorName" = t.name, "authorEmail" = t.email,
             "authorUrl" = t.url, "authorIp" = t.ip, content = t.content, "contentHtml" = t.html, status = t.status::"CommentStatus",
             "createdAt" = t.created::timestamptz AT TIME ZONE 'UTC', "updatedAt" = now() AT TIME ZONE 'UTC'
      FROM json_to_recordset(${json(updated)}::json) AS t${ROW_TYPE}
      WHERE m.id = t.id`);
  }
  count(ctx.report.comments, "imported", fresh.length);
  count(ctx.report.comments, "updated", updated.length);
}
