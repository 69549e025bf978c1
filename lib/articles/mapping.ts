import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleFull, ArticleSummary, CoverImage } from "./types";
import type { CategoryRef } from "@/lib/taxonomy/types";
import type { Language } from "@/lib/i18n/languages";

export const summarySelect = {
  id: true,
  title: true,
  slug: true,
  lead: true,
  publishedAt: true,
  coverAlt: true,
  coverCaption: true,
  language: true,
  category: { select: { name: true, slug: true, kkName: true, kkSlug: true } },
  author: { select: { name: true, slug: true } },
  cover: { select: { key: true, width: true, height: true, widths: true, alt: true } },
} satisfies Prisma.ArticleSelect;

const translationSelect = { id: true, slug: true, language: true, status: true, publishedAt: true } satisfies Prisma.ArticleSelect;

const bylineSelect = { name: true, slug: true, avatar: { select: { key: true, widths: true } } } satisfies Prisma.UserSelect;

export const fullSelect = {
  ...summarySelect,
  author: { select: bylineSelect },
  coAuthors: { orderBy: { position: "asc" }, select: { user: { select: bylineSelect } } },
  seoTitle: true,
  seoDescription: true,
  noindex: true,
  canonicalUrl: true,
  socialImage: { select: { key: true, width: true, height: true, widths: true, alt: true } },
  _count: { select: { comments: { where: { status: "APPROVED" } } } },
  bodyHtml: true,
  updatedAt: true,
  tags: { select: { tag: { select: { name: true, slug: true } } }, orderBy: { tag: { name: "asc" } } },
  translationOf: { select: translationSelect },
  translation: { select: translationSelect },
} satisfies Prisma.ArticleSelect;

export type SummaryRow = Prisma.ArticleGetPayload<{ select: typeof summarySelect }>;
type FullRow = Prisma.ArticleGetPayload<{ select: typeof fullSelect }>;

function toCover(row: SummaryRow): CoverImage | null {
  if (!row.cover) return null;
  return {
    key: row.cover.key,
    width: row.cover.width,
    height: row.cover.height,
    widths: row.cover.widths,
    alt: row.coverAlt || row.cover.alt,
    caption: row.coverCaption,
  };
}

/** A category as an edition names it: the Kazakh name and slug when it has them. */
export function categoryIn(language: Language, category: { name: string; slug: string; kkName: string; kkSlug: string | null }): CategoryRef {
  return language === "kk" && category.kkName && category.kkSlug
    ? { name: category.kkName, slug: category.kkSlug }
    : { name: category.name, slug: category.slug };
}

type TranslationRow = { id: number; slug: string; language: Language; status: string; publishedAt: Date | null };

/** The published article on the other side of a translation link, if any. */
function visibleTranslation(row: FullRow): ArticleFull["translation"] {
  const other: TranslationRow | null = row.translationOf ?? row.translation;
  if (!other || other.status !== "PUBLISHED" || !other.publishedAt || other.publishedAt > new Date()) return null;
  return { id: other.id, slug: other.slug, language: other.language };
}

/** The id of the other side of a translation link, published or not (its page tags this one). */
export function translationIdOf(row: { translationOf: { id: number } | null; translation: { id: number } | null }): number | null {
  return (row.translationOf ?? row.translation)?.id ?? null;
}

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    lead: row.lead,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    language: row.language,
    category: categoryIn(row.language, row.category),
    author: row.author,
    cover: toCover(row),
  };
}

export function toFull(row: FullRow): ArticleFull {
  const image = row.socialImage;
  return {
    ...toSummary(row),
    author: { name: row.author.name, slug: row.author.slug },
    authors: [row.author, ...row.coAuthors.map((c) => c.user)],
    seo: {
      title: row.seoTitle,
      description: row.seoDescription,
      image: image && { key: image.key, width: image.width, height: image.height, widths: image.widths, alt: image.alt, caption: "" },
      noindex: row.noindex,
      canonicalUrl: row.canonicalUrl,
    },
    commentCount: row._count.comments,
    bodyHtml: row.bodyHtml,
    updatedAt: row.updatedAt.toISOString(),
    tags: row.tags.map((t) => t.tag),
    translation: visibleTranslation(row),
  };
}
