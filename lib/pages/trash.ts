import "server-only";
import { audit } from "@/lib/audit/audit";
import type { Staff } from "@/lib/auth/sessions";
import { db } from "@/lib/db";

type Outcome = { ok: boolean; message: string };

/**
 * Moves a page to «Корзина»: it becomes a draft at once (readers, the footer and the sitemap
 * see only published pages) and restoring gives its status back. Its children go first.
 */
export async function trashPage(staff: Staff, id: number, now = new Date()): Promise<Outcome> {
  const page = await db().page.findUnique({
    where: { id },
    select: { title: true, status: true, deletedAt: true, children: { where: { deletedAt: null }, select: { id: true } } },
  });
  if (!page || page.deletedAt) return { ok: false, message: "Страница не найдена." };
  if (page.children.length > 0) return { ok: false, message: "Сначала переместите в корзину или перенесите вложенные страницы." };
  await db().$transaction(async (tx) => {
    await tx.page.update({ where: { id }, data: { deletedAt: now, trashedStatus: page.status, status: "DRAFT" } });
    await audit(staff.id, "page.trashed", `page:${id}`, { title: page.title, from: page.status }, tx);
  });
  return { ok: true, message: `Страница «${page.title}» в корзине.` };
}

export async function restorePage(staff: Staff, id: number): Promise<Outcome> {
  const page = await db().page.findUnique({
    where: { id },
    select: { title: true, deletedAt: true, trashedStatus: true, parent: { select: { title: true, deletedAt: true } } },
  });
  if (!page?.deletedAt) return { ok: false, message: "Страницы нет в корзине." };
  if (page.parent?.deletedAt) return { ok: false, message: `Сначала восстановите родительскую страницу «${page.parent.title}».` };
  await db().$transaction(async (tx) => {
    await tx.page.update({ where: { id }, data: { deletedAt: null, trashedStatus: null, status: page.trashedStatus ?? "DRAFT" } });
    await audit(staff.id, "page.restored", `page:${id}`, { title: page.title }, tx);
  });
  return { ok: true, message: `Страница «${page.title}» восстановлена.` };
}

export async function purgePage(staff: Staff, id: number): Promise<Outcome> {
  const page = await db().page.findUnique({ where: { id }, select: { title: true, deletedAt: true, _count: { select: { children: true } } } });
  if (!page?.deletedAt) return { ok: false, message: "Страницы нет в корзине." };
  if (page._count.children > 0) return { ok: false, message: "Сначала удалите вложенные страницы." };
  await db().$transaction(async (tx) => {
    await tx.page.delete({ where: { id } });
    await audit(staff.id, "page.purged", `page:${id}`, { title: page.title }, tx);
  });
  return { ok: true, message: `Страница «${page.title}» удалена навсегда.` };
}

export function listTrashedPages() {
  return db().page.findMany({
    where: { deletedAt: { not: null } },
    orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true, slug: true, trashedStatus: true, deletedAt: true },
  });
}
