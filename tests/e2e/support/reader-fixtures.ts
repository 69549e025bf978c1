import type { PrismaClient } from "../../../lib/generated/prisma/client";

export type ReaderFixtures = {
  category: { name: string; slug: string; totalPages: number };
  article: { slug: string; title: string };
  hiddenSlugs: string[];
  /** An article with approved comments, and emails of readers with approved comments (their next comment is published at once). */
  discussion: { slug: string; commentId: number; commentAuthor: string };
  knownCommenters: { email: string; name: string }[];
  /** The newest published articles, for load tests. */
  newestArticles: { slug: string; id: number }[];
  /** The Kazakh edition: a Russian article and its Kazakh translation, a Kazakh article with none, a Kazakh category. */
  kazakh: { original: string; translation: string; untranslated: string; untranslatedRussian: string; category: string; categoryName: string };
};

const PAGE_SIZE = 12;

/** What the browser tests need to know about the seeded database, read from it. */
export async function readReaderFixtures(prisma: PrismaClient): Promise<ReaderFixtures> {
  const now = new Date();
  // The Russian edition's, at "/": Kazakh articles live under /kk (tests/e2e/editions.e2e.test.ts).
  const visible = { status: "PUBLISHED" as const, publishedAt: { lte: now }, language: "ru" as const };
  const categories = await prisma.category.findMany({
    orderBy: { position: "asc" },
    select: { name: true, slug: true, _count: { select: { articles: { where: visible } } } },
  });
  const category = categories.find((c) => c._count.articles > 2 * PAGE_SIZE);
  if (!category) throw new Error("The demo content has no category with three pages of articles");
  const article = await prisma.article.findFirst({
    where: { ...visible, coverId: { not: null }, tags: { some: {} }, coverCaption: { not: "" } },
    orderBy: { publishedAt: "desc" },
    select: { slug: true, title: true },
  });
  if (!article) throw new Error("The demo content has no article with a cover and tags");
  const hidden = await prisma.article.findMany({
    where: { language: "ru", OR: [{ status: { not: "PUBLISHED" } }, { publishedAt: { gt: now } }] },
    select: { slug: true },
  });
  if (hidden.length === 0) throw new Error("The demo content has no draft or scheduled article");
  const comment = await prisma.comment.findFirst({
    where: { status: "APPROVED", parentId: null, article: visible },
    orderBy: { createdAt: "desc" },
    select: { id: true, authorName: true, article: { select: { slug: true } } },
  });
  if (!comment) throw new Error("The demo content has no approved comment");
  const commenters = await prisma.comment.findMany({
    where: { status: "APPROVED", userId: null },
    distinct: ["authorEmail"],
    select: { authorEmail: true, authorName: true },
  });
  const kazakhVisible = { ...visible, language: "kk" as const };
  const pair = await prisma.article.findFirst({
    where: { ...kazakhVisible, translationOf: visible },
    orderBy: { publishedAt: "desc" },
    select: { slug: true, translationOf: { select: { slug: true } } },
  });
  const untranslated = await prisma.article.findFirst({
    where: { ...kazakhVisible, translationOfId: null, translation: null },
    orderBy: { publishedAt: "desc" },
    select: { slug: true },
  });
  const untranslatedRussian = await prisma.article.findFirst({
    where: { ...visible, translationOfId: null, translation: null },
    orderBy: { publishedAt: "desc" },
    select: { slug: true },
  });
  const kazakhCategory = await prisma.category.findFirst({
    where: { kkSlug: { not: null }, kkName: { not: "" } },
    orderBy: { position: "asc" },
    select: { kkSlug: true, kkName: true },
  });
  if (!pair?.translationOf || !untranslated || !untranslatedRussian || !kazakhCategory) throw new Error("The demo content has no Kazakh edition");
  return {
    kazakh: {
      original: pair.translationOf.slug,
      translation: pair.slug,
      untranslated: untranslated.slug,
      untranslatedRussian: untranslatedRussian.slug,
      category: kazakhCategory.kkSlug!,
      categoryName: kazakhCategory.kkName,
    },
    discussion: { slug: comment.article.slug, commentId: comment.id, commentAuthor: comment.authorName },
    knownCommenters: commenters.map((c) => ({ email: c.authorEmail, name: c.authorName })),
    newestArticles: await prisma.article.findMany({ where: visible, orderBy: { publishedAt: "desc" }, take: 200, select: { slug: true, id: true } }),
    category: { name: category.name, slug: category.slug, totalPages: Math.ceil(category._count.articles / PAGE_SIZE) },
    article,
    hiddenSlugs: hidden.map((h) => h.slug),
  };
}
