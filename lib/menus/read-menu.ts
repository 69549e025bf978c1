import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pagePath } from "@/lib/pages/page-paths";
import { publishedTopLevel } from "@/lib/pages/visibility";
import { paths } from "@/lib/paths";
import { resolveMenuLinks } from "./resolve";
import type { MenuLink, MenuLocation, SiteMenu } from "./types";
import type { Language } from "@/lib/i18n/languages";
import { readEditions } from "@/lib/editions/read-editions";

export const MENU_ITEM_SELECT = {
  id: true,
  parentId: true,
  position: true,
  kind: true,
  label: true,
  url: true,
  category: { select: { name: true, slug: true } },
  page: { select: { title: true, slug: true, status: true, parent: { select: { slug: true, status: true } } } },
} as const satisfies Prisma.MenuItemSelect;

type Client = Pick<Prisma.TransactionClient, "category" | "page">;

/**
 * What a location shows before the newsroom saves its menu, as it did before menus existed: the
 * header every category in order, the first footer menu the published top-level pages, the
 * second nothing.
 */
export async function defaultMenuTargets(location: MenuLocation, client: Client = db(), language?: Language) {
  const [categories, pages] = await Promise.all([
    location === "HEADER"
      ? client.category.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true, slug: true, kkName: true, kkSlug: true } })
      : [],
    location === "FOOTER_1"
      ? client.page.findMany({
          where: { ...publishedTopLevel(), ...(language ? { language } : {}) },
          orderBy: [{ position: "asc" }, { id: "asc" }],
          select: { id: true, title: true, slug: true },
        })
      : [],
  ]);
  if (language !== "kk") return { categories, pages };
  return { categories: categories.flatMap((c) => (c.kkName && c.kkSlug ? [{ ...c, name: c.kkName, slug: c.kkSlug }] : [])), pages };
}

function defaultLinks({ categories, pages }: Awaited<ReturnType<typeof defaultMenuTargets>>): MenuLink[] {
  return [
    ...categories.map((c) => ({ label: c.name, href: paths.category(c.slug), categorySlug: c.slug, external: false, children: [] })),
    ...pages.map((p) => ({ label: p.title, href: pagePath(p.slug), categorySlug: null, external: false, children: [] })),
  ];
}

/**
 * A menu as readers of an edition see it, uncached (its cached reader is getMenu). Saved menus are
 * the default edition's; another edition shows the default menu of its own categories and pages.
 */
export async function readMenu(location: MenuLocation, language: Language): Promise<SiteMenu> {
  const editions = await readEditions(db());
  if (language !== editions.default) return { location, saved: false, links: defaultLinks(await defaultMenuTargets(location, db(), language)) };
  const menu = await db().menu.findUnique({ where: { location }, select: { items: { select: MENU_ITEM_SELECT } } });
  if (!menu) return { location, saved: false, links: defaultLinks(await defaultMenuTargets(location, db(), language)) };
  return { location, saved: true, links: resolveMenuLinks(menu.items) };
}
