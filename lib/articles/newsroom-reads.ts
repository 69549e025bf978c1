import type { Language } from "@/lib/i18n/languages";
import "server-only";
import { can } from "@/lib/auth/roles";
import type { Staff } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { toLocalInput } from "@/lib/articles/local-time";

export const ADMIN_PAGE_SIZE = 20;
export { STATUS_LABELS } from "./status-labels";

export const ARTICLE_SORTS = ["updated", "published-desc", "published-asc"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

export type ArticleFilters = {
  status?: ArticleStatus;
  categoryId?: number;
  authorId?: number;
  q?: string;
  page: number;
  sort?: ArticleSort;
  language?: Language;
};

const ORDER: Record<ArticleSort, Prisma.ArticleOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "desc" }],
  "published-desc": [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
  "published-asc": [{ publishedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
};

/** How far back the list's view counts go (ArticleDailyViews is per UTC day). */
export const LIST_VIEWS_DAYS = 30;

/** What a staff member's list may hold: contributors and authors see only their own work unless they may edit others'. */
function listScope(staff: Staff, filters: Omit<ArticleFilters, "page" | "status" | "sort">): Prisma.ArticleWhereInput {
  return {
    // Trashed articles are listed in «Корзина» only.
    deletedAt: null,
    ...(filters.categoryId ? { categories: { some: { categoryId: filters.categoryId } } } : {}),
    ...(filters.authorId ? { authorId: filters.authorId } : {}),
    ...(filters.language ? { language: filters.language } : {}),
    ...(filters.q ? { title: { contains: filters.q, mode: "insensitive" } } : {}),
    ...(can(staff.role, "articles.editOthers") ? {} : { authorId: staff.id }),
  };
}

/** The newsroom's article list, with each row's reader views (last 30 days) and approved comments. */
export async function listArticles(staff: Staff, filters: ArticleFilters, now = new Date()) {
  const where: Prisma.ArticleWhereInput = { ...listScope(staff, filters), ...(filters.status ? { status: filters.status } : {}) };
  const [total, rows] = await Promise.all([
    db().article.count({ where }),
    db().article.findMany({
      where,
      orderBy: ORDER[filters.sort ?? "updated"],
      skip: (filters.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        slug: true,
        status: true,
        authorId: true,
        publishedAt: true,
        updatedAt: true,
        language: true,
        category: { select: { name: true } },
        author: { select: { name: true } },
      },
    }),
  ]);
  const ids = rows.map((r) => r.id);
  const since = new Date(Date.parse(now.toISOString().slice(0, 10)) - (LIST_VIEWS_DAYS - 1) * 86_400_000);
  const [views, comments] = await Promise.all([
    db().articleDailyViews.groupBy({ by: ["articleId"], where: { articleId: { in: ids }, day: { gte: since } }, _sum: { views: true } }),
    db().comment.groupBy({ by: ["articleId"], where: { articleId: { in: ids }, status: "APPROVED" }, _count: { _all: true } }),
  ]);
  const viewsOf = new Map(views.map((v) => [v.articleId, v._sum.views ?? 0]));
  const commentsOf = new Map(comments.map((c) => [c.articleId, c._count._all]));
  return {
    rows: rows.map((r) => ({ ...r, views: viewsOf.get(r.id) ?? 0, comments: commentsOf.get(r.id) ?? 0 })),
    total,
    totalPages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)),
  };
}

/** How many articles of each status the list would show with the other filters as they are. */
export async function statusCounts(staff: Staff, filters: Omit<ArticleFilters, "page" | "status" | "sort">): Promise<Record<ArticleStatus | "ALL", number>> {
  const groups = await db().article.groupBy({ by: ["status"], where: listScope(staff, filters), _count: { _all: true } });
  const counts = { ALL: 0, DRAFT: 0, PENDING: 0, SCHEDULED: 0, PUBLISHED: 0 };
  for (const g of groups) {
    counts[g.status] = g._count._all;
    counts.ALL += g._count._all;
  }
  return counts;
}

export async function filterOptions() {
  const [categories, authors] = await Promise.all([
    db().category.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true, parentId: true } }),
    db().user.findMany({ where: { articles: { some: {} } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { categories, authors };
}

export type EditableArticle = {
  id: number | null;
  title: string;
  slug: string;
  lead: string;
  bodyHtml: string;
  /** The primary category */
  categoryId: number | null;
  /** Every category, the primary one included */
  categoryIds: number[];
  tags: string;
  coverId: number | null;
  cover: { key: string; widths: number[] } | null;
  coverAlt: string;
  coverCaption: string;
  mustRead: boolean;
  status: ArticleStatus;
  publishedAt: string;
  authorId: number;
  seoTitle: string;
  seoDescription: string;
  socialImageId: number | null;
  socialImage: { key: string; widths: number[] } | null;
  noindex: boolean;
  canonicalUrl: string;
  /** Besides the author, in byline order */
  coAuthorIds: number[];
  language: Language;
  /** The article this one translates */
  translationOfId: number | null;
};

export async function editableArticle(id: number): Promise<EditableArticle | null> {
  const a = await db().article.findUnique({
    where: { id },
    include: {
      tags: { include: { tag: true } },
      cover: { select: { key: true, widths: true } },
      categories: { select: { categoryId: true } },
      socialImage: { select: { key: true, widths: true } },
      coAuthors: { orderBy: { position: "asc" }, select: { userId: true } },
    },
  });
  if (!a) return null;
  return {
    id: a.id,
    title: a.title,
    slug: a.slug,
    lead: a.lead,
    bodyHtml: a.bodyHtml,
    categoryId: a.categoryId,
    categoryIds: a.categories.map((c) => c.categoryId),
    tags: [...a.tags.map((t) => t.tag.name), ...a.proposedTags].join(", "),
    coverId: a.coverId,
    cover: a.cover,
    coverAlt: a.coverAlt,
    coverCaption: a.coverCaption,
    mustRead: a.mustRead,
    status: a.status,
    publishedAt: a.publishedAt ? toLocalInput(a.publishedAt, env().SITE_TIMEZONE) : "",
    authorId: a.authorId,
    seoTitle: a.seoTitle,
    seoDescription: a.seoDescription,
    socialImageId: a.socialImageId,
    socialImage: a.socialImage,
    noindex: a.noindex,
    canonicalUrl: a.canonicalUrl,
    coAuthorIds: a.coAuthors.map((c) => c.userId),
    language: a.language,
    translationOfId: a.translationOfId,
  };
}

/**
 * A new article; as a translation of `original` (the editor's «Создать перевод»), it starts in the
 * other language with the original's categories, cover and authors, and its text to translate.
 */
export async function translationDraft(authorId: number, originalId: number): Promise<EditableArticle | null> {
  const original = await editableArticle(originalId);
  if (!original?.id || original.translationOfId !== null) return null;
  const language: Language = original.language === "ru" ? "kk" : "ru";
  return {
    ...emptyArticle(authorId),
    title: original.title,
    lead: original.lead,
    bodyHtml: original.bodyHtml,
    categoryId: original.categoryId,
    categoryIds: original.categoryIds,
    coverId: original.coverId,
    cover: original.cover,
    coverAlt: original.coverAlt,
    coverCaption: original.coverCaption,
    authorId: original.authorId,
    coAuthorIds: original.coAuthorIds,
    language,
    translationOfId: original.id,
  };
}

export function emptyArticle(authorId: number): EditableArticle {
  return {
    id: null,
    title: "",
    slug: "",
    lead: "",
    bodyHtml: "",
    categoryId: null,
    categoryIds: [],
    tags: "",
    coverId: null,
    cover: null,
    coverAlt: "",
    coverCaption: "",
    mustRead: false,
    status: "DRAFT",
    publishedAt: "",
    authorId,
    seoTitle: "",
    seoDescription: "",
    socialImageId: null,
    socialImage: null,
    noindex: false,
    canonicalUrl: "",
    coAuthorIds: [],
    language: "ru",
    translationOfId: null,
  };
}

/** The article as stored, for the revisions page (who may see it is checked by the caller). */
export function readArticleForRevisions(id: number) {
  return db().article.findUnique({ where: { id } });
}

/** The article with what the newsroom's preview shows beside it. */
export function readArticleForPreview(id: number) {
  return db().article.findUnique({ where: { id }, include: { cover: true, category: { select: { name: true } }, author: { select: { name: true } } } });
}
