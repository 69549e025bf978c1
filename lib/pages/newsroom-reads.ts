import type { Language } from "@/lib/i18n/languages";
import "server-only";
import { db } from "@/lib/db";
import type { PageStatus } from "@/lib/generated/prisma/enums";
import { pagePath } from "./page-paths";

export const PAGE_STATUS_LABELS: Record<PageStatus, string> = { DRAFT: "Черновик", PUBLISHED: "Опубликована" };

export type EditablePage = {
  id: number | null;
  title: string;
  slug: string;
  bodyHtml: string;
  status: PageStatus;
  parentId: number | null;
  position: number;
  language: Language;
};

export const EMPTY_PAGE: EditablePage = { id: null, title: "", slug: "", bodyHtml: "", status: "DRAFT", parentId: null, position: 0, language: "ru" };

/** Every page, parents before their children, for the newsroom's list (a site has tens, not thousands). */
export async function listPages() {
  const rows = await db().page.findMany({
    where: { deletedAt: null },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, title: true, slug: true, status: true, position: true, parentId: true, updatedAt: true, parent: { select: { slug: true } } },
  });
  const withPath = rows.map((r) => ({ ...r, path: pagePath(r.slug, r.parent?.slug) }));
  return withPath.filter((r) => r.parentId === null).flatMap((top) => [top, ...withPath.filter((r) => r.parentId === top.id)]);
}

export async function editablePage(id: number): Promise<(EditablePage & { id: number }) | null> {
  return db().page.findUnique({
    where: { id, deletedAt: null },
    select: { id: true, title: true, slug: true, bodyHtml: true, status: true, parentId: true, position: true, language: true },
  });
}

/** Pages that can hold children: top-level ones other than `exceptId`. */
export async function parentOptions(exceptId: number | null): Promise<{ id: number; title: string }[]> {
  return db().page.findMany({
    where: { parentId: null, deletedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, title: true },
  });
}
