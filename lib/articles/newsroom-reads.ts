import "server-only";
import { can } from "@/lib/auth/roles";
import type { Staff } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { toLocalInput } from "@/lib/articles/local-time";

export const ADMIN_PAGE_SIZE = 20;
export const STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: "Черновик",
  PENDING: "На проверке",
  SCHEDULED: "Запланирована",
  PUBLISHED: "Опубликована",
};

export type ArticleFilters = { status?: ArticleStatus; categoryId?: number; authorId?: number; q?: string; page: number };

/** The newsroom's article list; contributors and authors see only their own work unless they may edit others'. */
export async function listArticles(staff: Staff, filters: ArticleFilters) {
  const where: Prisma.ArticleWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.categoryId ? { categories: { some: { categoryId: filters.categoryId } } } : {}),
    ...(filters.authorId ? { authorId: filters.authorId } : {}),
    ...(filters.q ? { title: { contains: filters.q, mode: "insensitive" } } : {}),
    ...(can(staff.role, "articles.editOthers") ? {} : { authorId: staff.id }),
  };
  const [total, rows] = await Promise.all([
    db().article.count({ where }),
    db().article.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        slug: true,
        status: true,
        publishedAt: true,
        updatedAt: true,
        category: { select: { name: true } },
        author: { select: { name: true } },
      },
    }),
  ]);
  return { rows, total, totalPages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
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
};

export async function editableArticle(id: number): Promise<EditableArticle | null> {
  const a = await db().article.findUnique({
    where: { id },
    include: { tags: { include: { tag: true } }, cover: { select: { key: true, widths: true } }, categories: { select: { categoryId: true } } },
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
