import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { formatCommentHtml } from "@/lib/comments/format";
import { deleteSeedFurniture, insertSeedFurniture } from "./furniture";
import type { SeedData } from "./generate";

type Tx = Prisma.TransactionClient;

const ARTICLE_BATCH = 100;
export const SEED_MEDIA_PREFIX = "seed-";

function lookup<K, V>(map: Map<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed data refers to an unknown ${what}: ${String(key)}`);
  return value;
}

/** True when the database already holds content, in which case the seed leaves it alone. */
export async function hasContent(prisma: PrismaClient | Tx): Promise<boolean> {
  const [categories, articles] = await Promise.all([prisma.category.count(), prisma.article.count()]);
  return categories > 0 || articles > 0;
}

/**
 * Deletes the content the seed creates: all articles, tags, categories, ad slots, pages and menus, the
 * seed's media rows and authors. Other users (administrators), uploaded media and the branding are kept.
 */
export async function deleteContent(tx: Tx, authorEmails: readonly string[]): Promise<void> {
  await deleteSeedFurniture(tx);
  await tx.page.deleteMany({ where: { parentId: { not: null } } });
  await tx.page.deleteMany();
  await tx.articleTag.deleteMany();
  await tx.article.deleteMany();
  await tx.tag.deleteMany();
  await tx.category.deleteMany();
  await tx.adSlot.deleteMany();
  await tx.media.deleteMany({ where: { key: { startsWith: SEED_MEDIA_PREFIX } } });
  await tx.user.deleteMany({ where: { email: { in: [...authorEmails] } } });
}

/** Inserts the generated rows; call inside a transaction. Returns the number of articles. */
export async function insertSeedRows(tx: Tx, data: SeedData, onArticles: (inserted: number) => void): Promise<number> {
  const categories = await tx.category.createManyAndReturn({ data: data.categories, select: { id: true, slug: true } });
  const users = await tx.user.createManyAndReturn({
    data: data.authors.map((a) => ({ ...a, passwordHash: null })),
    select: { id: true, email: true },
  });
  const tags = await tx.tag.createManyAndReturn({ data: data.tags, select: { id: true, slug: true } });
  const media = await tx.media.createManyAndReturn({
    data: data.media.map((m) => ({
      key: m.key,
      originalName: m.originalName,
      mime: "image/webp",
      width: m.width,
      height: m.height,
      widths: m.widths,
      alt: m.alt,
    })),
    select: { id: true, key: true },
  });

  const categoryIds = new Map(categories.map((c) => [c.slug, c.id]));
  const userIds = new Map(users.map((u) => [u.email, u.id]));
  const tagIds = new Map(tags.map((t) => [t.slug, t.id]));
  const mediaIds = new Map(media.map((m) => [m.key, m.id]));

  let inserted = 0;
  const articleIds = new Map<string, number>();
  for (let start = 0; start < data.articles.length; start += ARTICLE_BATCH) {
    const batch = data.articles.slice(start, start + ARTICLE_BATCH);
    const rows = await tx.article.createManyAndReturn({
      data: batch.map((a) => ({
        language: a.language,
        title: a.title,
        slug: a.slug,
        lead: a.lead,
        bodyHtml: a.bodyHtml,
        coverId: lookup(mediaIds, a.coverKey, "cover"),
        coverAlt: a.coverAlt,
        coverCaption: a.coverCaption,
        categoryId: lookup(categoryIds, a.categorySlug, "category"),
        authorId: lookup(userIds, a.authorEmail, "author"),
        status: a.status,
        publishedAt: a.publishedAt,
        mustRead: a.mustRead,
        breakingUntil: a.breakingUntil ?? null,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
      })),
      select: { id: true, slug: true },
    });
    for (const r of rows) articleIds.set(r.slug, r.id);
    await tx.articleTag.createMany({
      data: batch.flatMap((a) => a.tagSlugs.map((slug) => ({ articleId: lookup(articleIds, a.slug, "article"), tagId: lookup(tagIds, slug, "tag") }))),
    });
    inserted += rows.length;
    onArticles(inserted);
  }

  // Linked once both sides exist: a translation may sit in the same batch as its original.
  for (const a of data.articles) {
    if (a.translationOfSlug === undefined) continue;
    await tx.article.update({
      where: { id: lookup(articleIds, a.slug, "article") },
      data: { translationOfId: lookup(articleIds, a.translationOfSlug, "translated article") },
    });
  }

  await insertSeedComments(tx, data, articleIds);

  await tx.adSlot.createMany({
    data: data.adSlots.map((ad) => ({
      name: ad.name,
      placement: ad.placement,
      imageUrl: ad.imageUrl,
      linkUrl: ad.linkUrl,
      active: ad.active,
      position: ad.position,
    })),
  });
  const pageIds = new Map<string, number>();
  // Originals first: a translation refers to its original's id.
  for (const pages of [data.pages.filter((p) => p.translationOfSlug === undefined), data.pages.filter((p) => p.translationOfSlug !== undefined)]) {
    const rows = await tx.page.createManyAndReturn({
      data: pages.map((p) => ({
        title: p.title,
        slug: p.slug,
        bodyHtml: p.bodyHtml,
        position: p.position,
        status: "PUBLISHED" as const,
        language: p.language,
        translationOfId: p.translationOfSlug === undefined ? null : lookup(pageIds, p.translationOfSlug, "translated page"),
      })),
      select: { id: true, slug: true },
    });
    for (const r of rows) pageIds.set(r.slug, r.id);
  }
  await insertSeedFurniture(tx);
  return inserted;
}

/** Top-level comments first, then replies, so that every reply finds its parent's id. */
async function insertSeedComments(tx: Tx, data: SeedData, articleIds: Map<string, number>): Promise<void> {
  const ids = new Map<string, number>();
  for (const level of [data.comments.filter((c) => c.parentKey === null), data.comments.filter((c) => c.parentKey !== null)]) {
    if (level.length === 0) continue;
    const rows = await tx.comment.createManyAndReturn({
      data: level.map((c) => ({
        articleId: lookup(articleIds, c.articleSlug, "article"),
        parentId: c.parentKey === null ? null : lookup(ids, c.parentKey, "comment"),
        depth: c.parentKey === null ? 1 : 2,
        authorName: c.authorName,
        authorEmail: c.authorEmail,
        content: c.content,
        contentHtml: formatCommentHtml(c.content),
        status: "APPROVED" as const,
        createdAt: c.createdAt,
      })),
      select: { id: true },
    });
    rows.forEach((row, i) => ids.set(level[i]!.key, row.id));
  }
}
