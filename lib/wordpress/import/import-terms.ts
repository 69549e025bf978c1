import type { WxrAuthor, WxrCategory } from "@/lib/wordpress/wxr-reader";
import { uniqueSlug } from "@/lib/slug";
import { detached } from "@/lib/wordpress/detached-text";
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
  ctx.userByLogin.set(detached(login), user);
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
  ctx.categoryBySlug.set(detached(category.slug), { ...row, termId: category.termId });
  if (category.termId) ctx.categoryByTermId.set(category.termId, row);
  if (category.parent) ctx.categoryParents.set(detached(category.slug), detached(category.parent));
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

export async function fallbackCategory(ctx: ImportContext): Promise<number> {
  if (ctx.fallbackCategoryId !== null) return ctx.fallbackCategoryId;
  const row =
    (await ctx.tx.category.findFirst({ orderBy: { position: "asc" }, select: { id: true } })) ??
    (await ctx.tx.category.create({ data: { name: "Без рубрики", slug: "bez-rubriki" }, select: { id: true } }));
  ctx.fallbackCategoryId = row.id;
  return row.id;
}

export async function fallbackAuthor(ctx: ImportContext): Promise<number> {
  if (ctx.fallbackAuthorId !== null) return ctx.fallbackAuthorId;
  const row =
    (await ctx.tx.user.findFirst({ where: { role: "ADMINISTRATOR" }, orderBy: { id: "asc" }, select: { id: true } })) ??
    (await ctx.tx.user.create({
      data: { name: "Редакция", slug: "redaktsiya-wordpress", email: "wordpress@imported.invalid", role: "CONTRIBUTOR", disabledAt: new Date() },
      select: { id: true },
    }));
  ctx.fallbackAuthorId = row.id;
  return row.id;
}
