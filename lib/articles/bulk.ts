import "server-only";
import { audit } from "@/lib/audit/audit";
import type { Staff } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import type { Article, Prisma } from "@/lib/generated/prisma/client";
import { findTagNamed, insertTag } from "@/lib/taxonomy/writes";
import { canEditArticle, canPublishArticle } from "./permissions";
import { snapshotRevision } from "./revisions";
import type { BulkOutcome, SkipReason } from "./bulk-report";

export type BulkChange = { op: "publish" } | { op: "draft" } | { op: "category"; categoryId: number };

type Plan = { skip: SkipReason } | { data: Prisma.ArticleUncheckedUpdateInput; audit?: { action: string; details: Prisma.InputJsonObject } };

const hasText = (html: string) => html.replace(/<[^>]*>/g, "").trim() !== "" || html.includes("<img");

function plan(staff: Staff, a: Article, change: BulkChange, now: Date, category: { id: number; name: string } | null): Plan {
  if (!canEditArticle(staff, a)) return { skip: "denied" };
  switch (change.op) {
    case "publish": {
      if (!canPublishArticle(staff, a)) return { skip: "denied" };
      if (a.status === "PUBLISHED") return { skip: "unchanged" };
      if (!hasText(a.bodyHtml)) return { skip: "empty" };
      // Publishing now: a future time (a scheduled article) gives way to the present.
      const publishedAt = a.publishedAt && a.publishedAt <= now ? a.publishedAt : now;
      return { data: { status: "PUBLISHED", publishedAt }, audit: { action: "article.published", details: { title: a.title, from: a.status } } };
    }
    case "draft": {
      if (a.status === "DRAFT") return { skip: "unchanged" };
      const logged = a.status === "PUBLISHED" || a.status === "SCHEDULED";
      return { data: { status: "DRAFT" }, audit: logged ? { action: "article.draft", details: { title: a.title, from: a.status } } : undefined };
    }
    case "category": {
      if (a.categoryId === category!.id) return { skip: "unchanged" };
      return { data: { categoryId: category!.id }, audit: { action: "article.category", details: { title: a.title, category: category!.name } } };
    }
  }
}

/** Proposed tag names become tags once the article is published (as lib/articles/save-article.ts does). */
async function adoptProposedTags(tx: Prisma.TransactionClient, a: Article): Promise<void> {
  for (const name of a.proposedTags) {
    const tag = (await findTagNamed(tx, name, a.language)) ?? (await insertTag(tx, name, a.language));
    await tx.articleTag.createMany({ data: [{ articleId: a.id, tagId: tag.id }], skipDuplicates: true });
  }
  if (a.proposedTags.length > 0) await tx.article.update({ where: { id: a.id }, data: { proposedTags: [] } });
}

/**
 * Applies one change to many articles, each only if `staff` may make it (lib/articles/permissions.ts):
 * the others are counted as skipped, with the reason. Revisions and the audit log as for a save.
 */
export async function bulkChangeArticles(staff: Staff, ids: number[], change: BulkChange, now = new Date()): Promise<BulkOutcome> {
  const category = change.op === "category" ? await db().category.findUnique({ where: { id: change.categoryId }, select: { id: true, name: true } }) : null;
  if (change.op === "category" && !category) return { done: [], skipped: { missing: ids.length } };
  const articles = await db().article.findMany({ where: { id: { in: ids }, deletedAt: null }, orderBy: { id: "asc" } });
  const outcome: BulkOutcome = { done: [], skipped: {} };
  const skip = (reason: SkipReason, n = 1) => (outcome.skipped[reason] = (outcome.skipped[reason] ?? 0) + n);
  if (articles.length < new Set(ids).size) skip("missing", new Set(ids).size - articles.length);
  await db().$transaction(async (tx) => {
    for (const a of articles) {
      const step = plan(staff, a, change, now, category);
      if ("skip" in step) {
        skip(step.skip);
        continue;
      }
      // A new primary category replaces the old one in ArticleCategory by trigger (migration article_categories).
      await tx.article.update({ where: { id: a.id }, data: step.data });
      if (change.op === "publish") await adoptProposedTags(tx, a);
      await snapshotRevision(tx, a.id, staff.id);
      if (step.audit) await audit(staff.id, step.audit.action, `article:${a.id}`, step.audit.details, tx);
      outcome.done.push(a.id);
    }
  });
  return outcome;
}
