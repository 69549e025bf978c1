import "server-only";
import { audit } from "@/lib/audit/audit";
import { CAPABILITIES } from "@/lib/auth/roles";
import { noticeArticleForReview } from "@/lib/mail/notices";
import { findTagNamed, insertTag } from "@/lib/taxonomy/writes";
import type { Staff } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sanitizeArticleHtml } from "@/lib/sanitize/article-html";
import { slugify, uniqueSlug } from "@/lib/slug";
import type { ArticleInput } from "./article-input";
import { fromLocalInput } from "./local-time";
import { canEditArticle, canPublishArticle } from "./permissions";
import { setArticleCategories } from "./article-categories";
import { snapshotRevision } from "./revisions";
import { readCoAuthorIds, resolveAuthorship, setCoAuthors } from "./authorship";
import { editRefusal, type EditRefusal } from "./edit-guard";
import type { Language } from "@/lib/i18n/languages";
import { translationRefusal } from "./translations";

export type SaveResult =
  | { ok: true; id: number; slug: string; status: ArticleStatus; version: number }
  | { ok: false; errors?: Record<string, string[]>; message: string }
  | EditRefusal;

const fail = (field: string, message: string): SaveResult => ({ ok: false, errors: { [field]: [message] }, message: "Исправьте ошибки в форме." });

function nextStatus(intent: ArticleInput["intent"], publishAt: Date, now: Date): ArticleStatus {
  if (intent === "draft") return "DRAFT";
  if (intent === "pending") return "PENDING";
  return publishAt.getTime() > now.getTime() ? "SCHEDULED" : "PUBLISHED";
}

/**
 * The tags an article gets. A new tag is a new public page, so new names become tags only when
 * the article is being published (which only a role that may publish it can do); until then
 * they wait on the article as proposed names.
 */
async function resolveTags(
  tx: Prisma.TransactionClient,
  names: string[],
  publishing: boolean,
  language: Language,
): Promise<{ ids: number[]; proposed: string[] }> {
  const ids: number[] = [];
  const proposed: string[] = [];
  for (const name of names) {
    const tag = (await findTagNamed(tx, name, language)) ?? (publishing ? await insertTag(tx, name, language) : null);
    if (tag) ids.push(tag.id);
    else if (!proposed.some((p) => p.toLowerCase() === name.toLowerCase())) proposed.push(name);
  }
  return { ids: [...new Set(ids)], proposed };
}

/**
 * Creates or updates an article for `staff`, enforcing who may edit and publish it, sanitizing
 * the body, keeping a revision and logging publication changes.
 */
export async function saveArticle(staff: Staff, input: ArticleInput, now = new Date()): Promise<SaveResult> {
  const existing = input.id ? await db().article.findUnique({ where: { id: input.id } }) : null;
  if (input.id && !existing) return { ok: false, message: "Статья не найдена." };
  if (existing && !canEditArticle(staff, existing)) return { ok: false, message: "У вас нет прав изменять эту статью." };
  const refusal = existing && (await editRefusal(staff, existing, input, now));
  if (refusal) return refusal;
  const authorship = await resolveAuthorship(staff, input, existing && { authorId: existing.authorId, coAuthorIds: await readCoAuthorIds(existing.id) });
  if (!authorship.ok) return fail(authorship.field, authorship.message);
  const authorId = authorship.authorId;
  if (input.intent === "publish" && !canPublishArticle(staff, { authorId })) {
    return { ok: false, message: "У вас нет права публиковать. Отправьте статью на проверку." };
  }

  const bodyHtml = sanitizeArticleHtml(input.bodyHtml);
  if (input.intent === "publish" && bodyHtml.replace(/<[^>]*>/g, "").trim() === "" && !bodyHtml.includes("<img")) {
    return fail("bodyHtml", "Напишите текст статьи перед публикацией.");
  }
  let publishAt: Date | null = null;
  if (input.publishedAt) {
    publishAt = fromLocalInput(input.publishedAt, env().SITE_TIMEZONE);
    if (!publishAt) return fail("publishedAt", "Укажите дату и время публикации.");
  }
  const categoriesFound = await db().category.findMany({ where: { id: { in: input.categoryIds } }, select: { id: true } });
  if (!categoriesFound.some((c) => c.id === input.categoryId)) return fail("categoryId", "Основной рубрики больше нет: выберите другую.");
  if (categoriesFound.length < input.categoryIds.length) return fail("categoryIds", "Одной из отмеченных рубрик больше нет: обновите страницу.");
  if (input.coverId && !(await db().media.findUnique({ where: { id: input.coverId } }))) return fail("coverId", "Изображение не найдено.");
  if (input.socialImageId && !(await db().media.findUnique({ where: { id: input.socialImageId } }))) return fail("socialImageId", "Изображение не найдено.");
  // The link is kept on the translation's side; an original keeps whatever links to it.
  const translationOfId = input.translationOfId ?? (existing ? existing.translationOfId : null);
  const translationProblem = await translationRefusal({ id: existing?.id ?? null, language: input.language, translationOfId });
  if (translationProblem) return fail("translationOfId", translationProblem);

  const slugTaken = async (s: string) => (await db().article.count({ where: { slug: s, id: { not: existing?.id ?? 0 } } })) > 0;
  // Static pages share /<slug>: an article there would hide the page.
  const pageTaken = async (s: string) => (await db().page.count({ where: { slug: s } })) > 0;
  let slug = input.slug;
  if (slug && (await slugTaken(slug))) return fail("slug", "Этот адрес уже занят другой статьёй.");
  if (slug && slug !== existing?.slug && (await pageTaken(slug))) return fail("slug", "Этот адрес уже занят страницей сайта.");
  if (!slug) slug = await uniqueSlug(slugify(input.title, input.language), async (s) => (await slugTaken(s)) || (await pageTaken(s)));

  const effectiveAt = publishAt ?? (existing?.status === "PUBLISHED" ? existing.publishedAt : null) ?? now;
  const status = nextStatus(input.intent, effectiveAt, now);
  const data = {
    title: input.title,
    slug,
    lead: input.lead,
    bodyHtml,
    categoryId: input.categoryId,
    coverId: input.coverId,
    coverAlt: input.coverAlt,
    coverCaption: input.coverCaption,
    mustRead: input.mustRead,
    authorId,
    seoTitle: input.seoTitle,
    seoDescription: input.seoDescription,
    socialImageId: input.socialImageId,
    noindex: input.noindex,
    canonicalUrl: input.canonicalUrl,
    language: input.language,
    translationOfId,
    status,
    publishedAt: status === "PUBLISHED" || status === "SCHEDULED" ? effectiveAt : publishAt,
  };

  const saved = await db().$transaction(async (tx) => {
    const { ids, proposed } = await resolveTags(tx, input.tags, status === "PUBLISHED" || status === "SCHEDULED", input.language);
    const article = existing
      ? await tx.article.update({
          // The version read above: a save in between makes this fail rather than overwrite it.
          where: { id: existing.id, version: existing.version },
          data: { ...data, version: { increment: 1 }, proposedTags: proposed, tags: { deleteMany: {}, create: ids.map((tagId) => ({ tagId })) } },
        })
      : await tx.article.create({ data: { ...data, proposedTags: proposed, authorId, tags: { create: ids.map((tagId) => ({ tagId })) } } });
    await setArticleCategories(tx, article.id, input.categoryIds);
    if (authorship.coAuthorIds) await setCoAuthors(tx, article.id, authorship.coAuthorIds);
    await snapshotRevision(tx, article.id, staff.id);
    if (status === "PENDING" && existing?.status !== "PENDING") await noticeArticleForReview(tx, article, staff, CAPABILITIES["articles.editOthers"]);
    if (status !== existing?.status && (status === "PUBLISHED" || status === "SCHEDULED" || existing?.status === "PUBLISHED")) {
      await audit(staff.id, `article.${status.toLowerCase()}`, `article:${article.id}`, { title: article.title, from: existing?.status ?? null }, tx);
    }
    return article;
  });
  return { ok: true, id: saved.id, slug: saved.slug, status: saved.status, version: saved.version };
}
