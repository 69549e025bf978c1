import type { Language } from "@/lib/i18n/languages";
import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit/audit";
import type { Staff } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { slugify, uniqueSlug } from "@/lib/slug";
import { makesCycle } from "./hierarchy";

type Result = { ok: true; message: string } | { ok: false; message: string };

export const termName = z.object({
  id: z.coerce.number().int().positive().optional(),
  name: z.string().trim().min(1, "Введите название.").max(100, "Название длиннее 100 символов."),
});

export async function listCategories() {
  return db().category.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, name: true, slug: true, kkName: true, kkSlug: true, position: true, parentId: true, _count: { select: { memberships: true } } },
  });
}

export async function listTags() {
  return db().tag.findMany({ orderBy: { name: "asc" }, take: 1000, select: { id: true, name: true, slug: true, _count: { select: { articles: true } } } });
}

/** Creates a category at the end, or renames one; the slug follows the name for new ones only (links stay). */
export async function saveCategory(staff: Staff, input: z.infer<typeof termName>): Promise<Result> {
  if (input.id) {
    const { count } = await db().category.updateMany({ where: { id: input.id }, data: { name: input.name } });
    if (count === 0) return { ok: false, message: "Рубрика не найдена." };
    await audit(staff.id, "category.rename", `category:${input.id}`, { name: input.name });
    return { ok: true, message: "Рубрика переименована." };
  }
  const slug = await uniqueSlug(slugify(input.name), async (s) => (await db().category.count({ where: { slug: s } })) > 0);
  const last = await db().category.aggregate({ _max: { position: true } });
  const created = await db().category.create({ data: { name: input.name, slug, position: (last._max.position ?? 0) + 1 } });
  await audit(staff.id, "category.create", `category:${created.id}`, { name: input.name });
  return { ok: true, message: "Рубрика создана." };
}

export const kazakhCategoryName = z.object({
  id: z.coerce.number().int().positive(),
  kkName: z.string().trim().max(100, "Название длиннее 100 символов.").default(""),
  kkSlug: z
    .string()
    .trim()
    .max(80, "Адрес длиннее 80 символов.")
    .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/, "Адрес: латинские буквы, цифры и дефисы.")
    .default(""),
});

/**
 * The category's name and address in the Kazakh edition (/kk/category/<kkSlug>). An empty name
 * takes the category out of that edition; an empty address is made from the name.
 */
export async function saveCategoryKazakh(staff: Staff, input: z.infer<typeof kazakhCategoryName>): Promise<Result & { field?: string }> {
  if (!input.kkName) {
    const { count } = await db().category.updateMany({ where: { id: input.id }, data: { kkName: "", kkSlug: null } });
    if (count === 0) return { ok: false, message: "Рубрика не найдена." };
    await audit(staff.id, "category.kazakh", `category:${input.id}`, { kkName: "" });
    return { ok: true, message: "Рубрика убрана из казахской версии." };
  }
  const taken = async (slug: string) => (await db().category.count({ where: { kkSlug: slug, id: { not: input.id } } })) > 0;
  if (input.kkSlug && (await taken(input.kkSlug))) return { ok: false, field: "kkSlug", message: "Этот адрес уже у другой рубрики." };
  const kkSlug = input.kkSlug || (await uniqueSlug(slugify(input.kkName, "kk"), taken));
  const { count } = await db().category.updateMany({ where: { id: input.id }, data: { kkName: input.kkName, kkSlug } });
  if (count === 0) return { ok: false, message: "Рубрика не найдена." };
  await audit(staff.id, "category.kazakh", `category:${input.id}`, { kkName: input.kkName, kkSlug });
  return { ok: true, message: "Казахское название сохранено." };
}

/** Swaps a category with its neighbour above or below, renumbering positions densely. */
export async function moveCategory(staff: Staff, id: number, direction: "up" | "down"): Promise<Result> {
  const ordered = await listCategories();
  const index = ordered.findIndex((c) => c.id === id);
  const other = index + (direction === "up" ? -1 : 1);
  if (index < 0 || other < 0 || other >= ordered.length) return { ok: false, message: "Дальше некуда." };
  [ordered[index], ordered[other]] = [ordered[other]!, ordered[index]!];
  await db().$transaction(ordered.map((c, position) => db().category.update({ where: { id: c.id }, data: { position } })));
  await audit(staff.id, "category.reorder", `category:${id}`, { direction });
  return { ok: true, message: "Порядок изменён." };
}

/**
 * Puts a category under another (its archive then shows under the parent's, and the parent's
 * includes its articles), or at the top level with `parentId` null. A loop is refused.
 */
export async function setCategoryParent(staff: Staff, id: number, parentId: number | null): Promise<Result> {
  return db().$transaction(async (tx) => {
    // One change of parents at a time: two at once could each close half of a loop.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"category-parents"}))`;
    const categories = await tx.category.findMany({ select: { id: true, name: true, parentId: true } });
    const category = categories.find((c) => c.id === id);
    const parent = parentId === null ? null : categories.find((c) => c.id === parentId);
    if (!category || parent === undefined) return { ok: false, message: "Рубрика не найдена." };
    if (parent && makesCycle(categories, id, parent.id)) {
      return {
        ok: false,
        message:
          parent.id === id
            ? "Рубрика не может быть родителем самой себе."
            : `«${parent.name}» находится внутри «${category.name}»: рубрика не может стать дочерней для своей подрубрики.`,
      };
    }
    await tx.category.update({ where: { id }, data: { parentId } });
    await audit(staff.id, "category.parent", `category:${id}`, { parentId }, tx);
    return { ok: true, message: parent ? `«${category.name}» теперь внутри «${parent.name}».` : `«${category.name}» теперь рубрика верхнего уровня.` };
  });
}

/**
 * Deletes a category after moving the articles whose primary category it is into `targetId`;
 * other articles simply leave it. Its sub-categories move up to the top level.
 */
export async function deleteCategory(staff: Staff, id: number, targetId: number): Promise<Result> {
  if (id === targetId) return { ok: false, message: "Выберите другую рубрику для статей." };
  const [source, target] = await Promise.all([db().category.findUnique({ where: { id } }), db().category.findUnique({ where: { id: targetId } })]);
  if (!source || !target) return { ok: false, message: "Рубрика не найдена." };
  await db().$transaction(async (tx) => {
    const moved = await tx.article.updateMany({ where: { categoryId: id }, data: { categoryId: targetId } });
    await tx.category.delete({ where: { id } });
    await audit(staff.id, "category.delete", `category:${id}`, { name: source.name, movedTo: targetId, articles: moved.count }, tx);
  });
  return { ok: true, message: `Рубрика «${source.name}» удалена, статьи перенесены в «${target.name}».` };
}

type TagClient = Pick<Prisma.TransactionClient, "tag">;

/** The tag a name stands for in an edition: the same name in any case, or a name with the same slug. */
export function findTagNamed(client: TagClient, name: string, language: Language = "ru") {
  return client.tag.findFirst({ where: { language, OR: [{ name: { equals: name, mode: "insensitive" } }, { slug: slugify(name, language) }] } });
}

/** A new tag whose slug is transliterated from its name and unique among tags. */
export async function insertTag(client: TagClient, name: string, language: Language = "ru") {
  const slug = await uniqueSlug(slugify(name, language), async (s) => (await client.tag.count({ where: { slug: s } })) > 0);
  return client.tag.create({ data: { name, slug, language } });
}

/** A tag made ahead of the articles that will carry it; a name already taken (in any case) is refused. */
export async function createTag(staff: Staff, name: string): Promise<Result> {
  const existing = await findTagNamed(db(), name);
  if (existing) return { ok: false, message: `Метка «${existing.name}» уже есть.` };
  const created = await insertTag(db(), name);
  await audit(staff.id, "tag.create", `tag:${created.id}`, { name });
  return { ok: true, message: `Метка «${name}» создана.` };
}

export async function renameTag(staff: Staff, id: number, name: string): Promise<Result> {
  const { count } = await db().tag.updateMany({ where: { id }, data: { name } });
  if (count === 0) return { ok: false, message: "Метка не найдена." };
  await audit(staff.id, "tag.rename", `tag:${id}`, { name });
  return { ok: true, message: "Метка переименована." };
}

/** Deletes a tag; its articles get `mergeIntoId` instead when given, or simply lose the tag. */
export async function deleteTag(staff: Staff, id: number, mergeIntoId: number | null): Promise<Result> {
  if (mergeIntoId === id) return { ok: false, message: "Выберите другую метку." };
  const tag = await db().tag.findUnique({ where: { id }, include: { articles: { select: { articleId: true } } } });
  if (!tag) return { ok: false, message: "Метка не найдена." };
  if (mergeIntoId && !(await db().tag.findUnique({ where: { id: mergeIntoId } }))) return { ok: false, message: "Метка не найдена." };
  await db().$transaction(async (tx) => {
    if (mergeIntoId) {
      await tx.articleTag.createMany({ data: tag.articles.map((a) => ({ articleId: a.articleId, tagId: mergeIntoId })), skipDuplicates: true });
    }
    await tx.tag.delete({ where: { id } });
    await audit(staff.id, "tag.delete", `tag:${id}`, { name: tag.name, mergedInto: mergeIntoId }, tx);
  });
  return { ok: true, message: `Метка «${tag.name}» удалена.` };
}
