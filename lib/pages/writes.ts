import "server-only";
import { audit } from "@/lib/audit/audit";
import type { Staff } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { sanitizeArticleHtml } from "@/lib/sanitize/article-html";
import { slugify, uniqueSlug } from "@/lib/slug";
import type { PageInput } from "./page-input";
import { isReservedPageSlug } from "./slug-rules";
import type { PageOutcome } from "./types";

type Failure = Extract<PageOutcome, { ok: false }>;

function failField(field: string, message: string): Failure {
  return { ok: false, message: "Исправьте ошибки в форме.", errors: { [field]: [message] } };
}

/** Why `slug` cannot be this page's address, or null when it can: pages and articles share /<slug>. */
async function slugConflict(slug: string, pageId: number | null): Promise<string | null> {
  if (isReservedPageSlug(slug)) return "Этот адрес занят разделом сайта.";
  const [pages, articles] = await Promise.all([
    db().page.count({ where: { slug, ...(pageId ? { id: { not: pageId } } : {}) } }),
    db().article.count({ where: { slug } }),
  ]);
  if (pages > 0) return "Этот адрес уже занят другой страницей.";
  if (articles > 0) return "Этот адрес уже занят статьёй.";
  return null;
}

/** Only two levels: a parent must be a top-level page, and a page with children stays at the top. */
async function parentConflict(parentId: number | null, pageId: number | null): Promise<string | null> {
  if (parentId === null) return null;
  if (parentId === pageId) return "Страница не может быть вложена в себя.";
  const parent = await db().page.findUnique({ where: { id: parentId }, select: { parentId: true } });
  if (!parent) return "Родительская страница не найдена.";
  if (parent.parentId !== null) return "Вложить можно только в страницу верхнего уровня.";
  if (pageId && (await db().page.count({ where: { parentId: pageId } })) > 0) return "У этой страницы есть вложенные, она остаётся на верхнем уровне.";
  return null;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Creates or updates a page; the body is sanitized, an empty slug is made from the title. */
export async function savePage(staff: Staff, input: PageInput): Promise<PageOutcome> {
  const existing = input.id ? await db().page.findUnique({ where: { id: input.id }, select: { id: true, deletedAt: true } }) : null;
  if (input.id && !existing) return { ok: false, message: "Страница не найдена." };
  if (existing?.deletedAt) return { ok: false, message: "Страница в корзине: восстановите её, чтобы изменить." };
  const pageId = existing?.id ?? null;

  const parentProblem = await parentConflict(input.parentId, pageId);
  if (parentProblem) return failField("parentId", parentProblem);

  let slug = input.slug;
  if (slug) {
    const problem = await slugConflict(slug, pageId);
    if (problem) return failField("slug", problem);
  } else {
    slug = await uniqueSlug(slugify(input.title, input.language), async (s) => (await slugConflict(s, pageId)) !== null);
  }

  const data = {
    title: input.title,
    slug,
    bodyHtml: sanitizeArticleHtml(input.bodyHtml),
    status: input.status,
    parentId: input.parentId,
    position: input.position,
    language: input.language,
  };
  try {
    const saved = await db().$transaction(async (tx) => {
      const row = pageId ? await tx.page.update({ where: { id: pageId }, data }) : await tx.page.create({ data });
      await audit(staff.id, pageId ? "page.update" : "page.create", `page:${row.id}`, { title: row.title, slug: row.slug, status: row.status }, tx);
      return row;
    });
    return { ok: true, id: saved.id, slug: saved.slug, status: saved.status, message: pageId ? "Страница сохранена." : "Страница создана." };
  } catch (error) {
    // Another save took the same slug between the check and the write.
    if (isUniqueViolation(error)) return failField("slug", "Этот адрес уже занят другой страницей.");
    throw error;
  }
}

/** Deletes a page that has no children. */
export async function deletePage(staff: Staff, id: number): Promise<{ ok: boolean; message: string }> {
  const page = await db().page.findUnique({ where: { id }, select: { title: true, slug: true, _count: { select: { children: true } } } });
  if (!page) return { ok: false, message: "Страница не найдена." };
  if (page._count.children > 0) return { ok: false, message: "Сначала удалите или перенесите вложенные страницы." };
  await db().$transaction(async (tx) => {
    await tx.page.delete({ where: { id } });
    await audit(staff.id, "page.delete", `page:${id}`, { title: page.title, slug: page.slug }, tx);
  });
  return { ok: true, message: `Страница «${page.title}» удалена.` };
}
