import { Prisma } from "@/lib/generated/prisma/client";
import { RESERVED_PAGE_SLUGS } from "@/lib/pages/slug-rules";
import { slugCandidate } from "@/lib/slug";
import type { Tx } from "./import-context";
import type { PreparedPost } from "./prepare-post";

export type WrittenArticle = { id: number; slug: string; existed: boolean };

/** Candidates tried at once for a slug whose base is taken: `base-2` … `base-21`. */
const SLUG_TRIES = 20;

async function takenSlugs(tx: Tx, candidates: string[]): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ slug: string }[]>(Prisma.sql`
    SELECT slug FROM "Article" WHERE slug = ANY(${candidates}::text[])
    UNION SELECT slug FROM "Page" WHERE slug = ANY(${candidates}::text[])`);
  return new Set(rows.map((r) => r.slug));
}

/**
 * A slug for each base: the base if free, else `base-2`, `base-3`, … — free among articles,
 * static pages (they share /<slug>), the site's own routes and each other. One query checks
 * every base; a second, the next candidates of those that were taken.
 */
async function reserveSlugs(tx: Tx, bases: string[]): Promise<string[]> {
  const slugs: string[] = new Array<string>(bases.length);
  const chosen = new Set<string>();
  let pending = bases.map((base, index) => ({ index, base, from: 1 }));
  while (pending.length > 0) {
    const tries = pending.map((p) => Array.from({ length: p.from === 1 ? 1 : SLUG_TRIES }, (_, k) => slugCandidate(p.base, p.from + k)));
    const taken = await takenSlugs(tx, [...new Set(tries.flat())]);
    const next: typeof pending = [];
    pending.forEach((p, i) => {
      const free = tries[i]!.find((s) => !taken.has(s) && !chosen.has(s) && !RESERVED_PAGE_SLUGS.has(s));
      if (free === undefined) return next.push({ ...p, from: p.from + tries[i]!.length });
      slugs[p.index] = free;
      chosen.add(free);
    });
    pending = next;
  }
  return slugs;
}

type Resolved = PreparedPost & { authorId: number; categoryId: number };

/** The batch as one JSON parameter: far cheaper to send than arrays of escaped text. */
function json(posts: Resolved[], ids: number[], slugs: string[]): string {
  return JSON.stringify(
    posts.map((p, i) => ({
      id: ids[i],
      slug: slugs[i],
      title: p.title,
      lead: p.lead,
      body: p.bodyHtml,
      category: p.categoryId,
      author: p.authorId,
      status: p.status,
      published: p.publishedAt,
      must_read: p.mustRead,
      wp: p.wpPostId,
    })),
  );
}

const ROW_TYPE = Prisma.sql`(id int, slug text, title text, lead text, body text, category int, author int, status text, published text, must_read bool, wp int)`;

/**
 * Writes a batch of posts as articles: those already imported (by WordPress id) are updated and
 * keep their slug, the others are inserted with fresh slugs, each in one statement.
 * Returns the rows in the order of `posts`.
 */
export async function writeArticles(tx: Tx, posts: Resolved[]): Promise<WrittenArticle[]> {
  const wpIds = posts.map((p) => p.wpPostId).filter((id) => id > 0);
  const existing = new Map(
    (
      await tx.$queryRaw<{ id: number; slug: string; wpPostId: number }[]>(
        Prisma.sql`SELECT id, slug, "wpPostId" FROM "Article" WHERE "wpPostId" = ANY(${wpIds}::int[])`,
      )
    ).map((row) => [row.wpPostId, row]),
  );
  const fresh = posts.filter((p) => !existing.has(p.wpPostId));
  const updated = posts.filter((p) => existing.has(p.wpPostId));

  const slugs = await reserveSlugs(
    tx,
    fresh.map((p) => p.baseSlug),
  );
  const inserted = new Map<string, number>();
  if (fresh.length > 0) {
    const rows = await tx.$queryRaw<{ id: number; slug: string }[]>(Prisma.sql`
      INSERT INTO "Article" (title, slug, lead, "bodyHtml", "categoryId", "authorId", status, "publishedAt", "mustRead", "wpPostId", "updatedAt")
      SELECT t.title, t.slug, t.lead, t.body, t.category, t.author, t.status::"ArticleStatus", t.published::timestamptz AT TIME ZONE 'UTC', t.must_read,
             NULLIF(t.wp, 0), now() AT TIME ZONE 'UTC'
      FROM json_to_recordset(${json(fresh, [], slugs)}::json) AS t${ROW_TYPE}
      RETURNING id, slug`);
    for (const row of rows) inserted.set(row.slug, row.id);
  }
  if (updated.length > 0) {
    const ids = updated.map((p) => existing.get(p.wpPostId)!.id);
    await tx.$executeRaw(Prisma.sql`
      UPDATE "Article" a SET title = t.title, lead = t.lead, "bodyHtml" = t.body, "categoryId" = t.category, "authorId" = t.author,
             status = t.status::"ArticleStatus", "publishedAt" = t.published::timestamptz AT TIME ZONE 'UTC', "mustRead" = t.must_read,
             "updatedAt" = now() AT TIME ZONE 'UTC'
      FROM json_to_recordset(${json(updated, ids, [])}::json) AS t${ROW_TYPE}
      WHERE a.id = t.id`);
  }

  let next = 0;
  return posts.map((post) => {
    const found = existing.get(post.wpPostId);
    if (found) return { id: found.id, slug: found.slug, existed: true };
    const slug = slugs[next++]!;
    return { id: inserted.get(slug)!, slug, existed: false };
  });
}
