import type { WxrAuthor, WxrCategory, WxrTag } from "@/lib/wordpress/wxr-reader";
import { uniqueSlug } from "@/lib/slug";
import { redirectKey } from "@/lib/redirects/normalize";
import type { ImportContext } from "./import-context";
import { count } from "./report";
import { slugFor } from "./wordpress-values";

/**
 * A WordPress author becomes a staff account: the role from the author map (else contributor),
 * no password and disabled until an administrator enables it. An existing account with the
 * same email is linked instead.
 */
export async function importAuthor(ctx: ImportContext, author: WxrAuthor): Promise<void> {
  const { tx } = ctx;
  const login = author.login.trim();
  if (!login) return;
  const email = (author.email.trim() || `${slugFor(login, "author")}@imported.invalid`).toLowerCase();
  const name = author.displayName.trim() || [author.firstName, author.lastName].join(" ").trim() || login;
  const existing = (await tx.user.findUnique({ where: { wpLogin: login } })) ?? (await tx.user.findUnique({ where: { email } }));
  let user: { id: number; slug: string };
  if (existing) {
    user = await tx.user.update({
      where: { id: existing.id },
      data: { wpLogin: login, ...(existing.wpLogin ? { name } : {}) },
      select: { id: true, slug: true },
    });
    count(ctx.report.authors, "updated");
  } else {
    const slug = await uniqueSlug(slugFor(login, name), async (s) => (await tx.user.count({ where: { slug: s } })) > 0);
    user = await tx.user.create({
      data: { wpLogin: login, email, name, slug, role: ctx.authorRoles[login] ?? "CONTRIBUTOR", passwordHash: null, disabledAt: new Date() },
      select: { id: true, slug: true },
    });
    count(ctx.report.authors, "imported");
  }
  ctx.userByLogin.set(login, user);
  ctx.fallbackAuthorId ??= user.id;
  const old = redirectKey(`/author/${login}`);
  if (old && old !== `/author/${user.slug}`) ctx.redirects.set(old, `/author/${user.slug}`);
}

export async function importCategory(ctx: ImportContext, category: WxrCategory): Promise<void> {
  const { tx } = ctx;
  const name = category.name.trim() || category.slug;
  const existing =
    (category.termId ? await tx.category.findUnique({ where: { wpTermId: category.termId } }) : null) ??
    (await tx.category.findUnique({ where: { slug: slugFor(category.slug, name) } }));
  let row: { id: number; slug: string };
  if (existing) {
    // A category made on this site keeps its own name; it only learns its WordPress id.
    const own = existing.wpTermId === null;
    row = await tx.category.update({
      where: { id: existing.id },
      data: own ? { wpTermId: category.termId || null } : { name, description: category.description, wpTermId: category.termId || existing.wpTermId },
      select: { id: true, slug: true },
    });
    count(ctx.report.categories, "updated");
  } else {
    const slug = await uniqueSlug(slugFor(category.slug, name), async (s) => (await tx.category.count({ where: { slug: s } })) > 0);
    const position = ((await tx.category.aggregate({ _max: { position: true } }))._max.position ?? 0) + 1;
    row = await tx.category.create({
      data: { name, slug, description: category.description, position, wpTermId: category.termId || null },
      select: { id: true, slug: true },
    });
    count(ctx.report.categories, "imported");
  }
  ctx.categoryBySlug.set(category.slug, { ...row, termId: category.termId });
  if (category.termId) ctx.categoryByTermId.set(category.termId, row);
  if (category.parent) ctx.categoryParents.set(category.slug, category.parent);
  ctx.fallbackCategoryId ??= row.id;
  ctx.redirects.set(`/?cat=${category.termId}`, `/category/${row.slug}`);
}

/** Parents are linked once every category is in (an export may list a child first). */
export async function linkCategoryParents(ctx: ImportContext): Promise<void> {
  for (const [childSlug, parentSlug] of ctx.categoryParents) {
    const child = ctx.categoryBySlug.get(childSlug);
    const parent = ctx.categoryBySlug.get(parentSlug);
    if (child && parent && child.id !== parent.id) await ctx.tx.category.update({ where: { id: child.id }, data: { parentId: parent.id } });
  }
  // WordPress's category links carry the whole path: /category/<parent>/<child>/.
  for (const [wpSlug, row] of ctx.categoryBySlug) {
    const path: string[] = [wpSlug];
    for (let slug = ctx.categoryParents.get(wpSlug); slug && path.length < 10; slug = ctx.categoryParents.get(slug)) path.unshift(slug);
    const old = redirectKey(`/category/${path.join("/")}`);
    if (old && old !== `/category/${row.slug}`) ctx.redirects.set(old, `/category/${row.slug}`);
  }
}

export async function importTag(ctx: ImportContext, tag: { termId: number; slug: string; name: string }): Promise<{ id: number; slug: string }> {
  const known = ctx.tagBySlug.get(tag.slug);
  if (known) return known;
  const { tx } = ctx;
  const name = tag.name.trim() || tag.slug;
  const existing =
    (tag.termId ? await tx.tag.findUnique({ where: { wpTermId: tag.termId } }) : null) ??
    (await tx.tag.findUnique({ where: { slug: slugFor(tag.slug, name) } }));
  let row: { id: number; slug: string };
  if (existing) {
    const own = existing.wpTermId === null;
    row = await tx.tag.update({
      where: { id: existing.id },
      data: own ? { wpTermId: tag.termId || null } : { name, wpTermId: tag.termId || existing.wpTermId },
      select: { id: true, slug: true },
    });
    count(ctx.report.tags, "updated");
  } else {
    const slug = await uniqueSlug(slugFor(tag.slug, name), async (s) => (await tx.tag.count({ where: { slug: s } })) > 0);
    row = await tx.tag.create({ data: { name, slug, wpTermId: tag.termId || null }, select: { id: true, slug: true } });
    count(ctx.report.tags, "imported");
  }
  ctx.tagBySlug.set(tag.slug, row);
  const old = redirectKey(`/tag/${tag.slug}`);
  if (old && old !== `/tag/${row.slug}`) ctx.redirects.set(old, `/tag/${row.slug}`);
  return row;
}

export function importTagRecord(ctx: ImportContext, tag: WxrTag): Promise<{ id: number; slug: string }> {
  return importTag(ctx, tag);
}
