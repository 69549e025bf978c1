import { Prisma } from "@/lib/generated/prisma/client";
import { redirectKey } from "@/lib/redirects/normalize";
import { detached } from "@/lib/wordpress/detached-text";
import type { ImportContext } from "./import-context";
import { count } from "./report";
import { slugFor } from "./wordpress-values";

export type TagTerm = { termId: number; slug: string; name: string };

type Row = { id: number; slug: string; wpTermId: number | null };

/**
 * WordPress tags in bulk, those of the export's header and those posts name without declaring:
 * each finds its tag by WordPress id, else by slug (a tag made on this site keeps its name and
 * only learns the id), or becomes a new one; its old address redirects when the slug changed.
 * A few statements whatever their number.
 */
export async function importTags(ctx: ImportContext, terms: TagTerm[]): Promise<void> {
  const wanted = new Map<string, TagTerm & { base: string }>();
  for (const term of terms) {
    if (ctx.tagBySlug.has(term.slug) || wanted.has(term.slug)) continue;
    const name = term.name.trim() || term.slug;
    wanted.set(term.slug, { ...term, name, base: slugFor(term.slug, name) });
  }
  if (wanted.size === 0) return;
  const list = [...wanted.values()];
  const { tx } = ctx;
  const rows = await tx.$queryRaw<Row[]>(Prisma.sql`
    SELECT id, slug, "wpTermId" FROM "Tag"
    WHERE "wpTermId" = ANY(${list.map((t) => t.termId).filter(Boolean)}::int[]) OR slug = ANY(${list.map((t) => t.base)}::text[])`);
  const byTerm = new Map(rows.filter((r) => r.wpTermId !== null).map((r) => [r.wpTermId!, r]));
  const bySlug = new Map(rows.map((r) => [r.slug, r]));

  const found = list.map((t) => (t.termId ? byTerm.get(t.termId) : undefined) ?? bySlug.get(t.base));
  const again = list.flatMap((t, i) => (found[i] ? [{ term: t, row: found[i] }] : []));
  if (again.length > 0) {
    await tx.$executeRaw(Prisma.sql`
      UPDATE "Tag" g SET name = CASE WHEN g."wpTermId" IS NULL THEN g.name ELSE u.name END, "wpTermId" = COALESCE(NULLIF(u.term, 0), g."wpTermId")
      FROM unnest(${again.map((a) => a.row.id)}::int[], ${again.map((a) => a.term.name)}::text[], ${again.map((a) => a.term.termId)}::int[]) AS u(id, name, term)
      WHERE g.id = u.id`);
  }
  // New tags whose slugs coincide are one tag, as they would be made one after the other.
  const fresh = new Map<string, TagTerm>();
  list.forEach((t, i) => {
    if (!found[i] && !fresh.has(t.base)) fresh.set(t.base, t);
  });
  const created = new Map<string, { id: number; slug: string }>();
  if (fresh.size > 0) {
    const news = [...fresh];
    const inserted = await tx.$queryRaw<{ id: number; slug: string }[]>(Prisma.sql`
      INSERT INTO "Tag" (name, slug, "wpTermId")
      SELECT u.name, u.slug, NULLIF(u.term, 0) FROM unnest(${news.map(([, t]) => t.name)}::text[], ${news.map(([slug]) => slug)}::text[], ${news.map(([, t]) => t.termId)}::int[]) AS u(name, slug, term)
      RETURNING id, slug`);
    for (const row of inserted) created.set(row.slug, row);
  }

  list.forEach((t, i) => {
    const existing = found[i];
    const row = existing ? { id: existing.id, slug: existing.slug } : created.get(t.base)!;
    count(ctx.report.tags, existing || fresh.get(t.base) !== t ? "updated" : "imported");
    ctx.tagBySlug.set(detached(t.slug), row);
    const old = redirectKey(`/tag/${t.slug}`);
    if (old && old !== `/tag/${row.slug}`) ctx.redirects.set(old, `/tag/${row.slug}`);
  });
}
