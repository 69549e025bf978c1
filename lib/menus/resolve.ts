import type { MenuItemKind } from "@/lib/generated/prisma/enums";
import { pagePath } from "@/lib/pages/page-paths";
import { paths } from "@/lib/paths";
import { isExternalHref } from "./menu-url";
import type { MenuLink } from "./types";

type PageTarget = { title: string; slug: string; status: string; parent: { slug: string; status: string } | null };

/** A menu item as read from the database, with what it points at. */
export type MenuItemRow = {
  id: number;
  parentId: number | null;
  position: number;
  kind: MenuItemKind;
  label: string;
  url: string | null;
  category: { name: string; slug: string } | null;
  page: PageTarget | null;
};

const byPosition = (a: MenuItemRow, b: MenuItemRow) => a.position - b.position || a.id - b.id;

function isPublished(page: PageTarget): boolean {
  return page.status === "PUBLISHED" && (page.parent === null || page.parent.status === "PUBLISHED");
}

/** One item's link, or null when readers cannot follow it (a draft page). */
function linkOf(row: MenuItemRow): Omit<MenuLink, "children"> | null {
  if (row.kind === "CATEGORY" && row.category) {
    return { label: row.label || row.category.name, href: paths.category(row.category.slug), categorySlug: row.category.slug, external: false };
  }
  if (row.kind === "PAGE" && row.page && isPublished(row.page)) {
    return { label: row.label || row.page.title, href: pagePath(row.page.slug, row.page.parent?.slug), categorySlug: null, external: false };
  }
  if (row.kind === "URL" && row.url) return { label: row.label || row.url, href: row.url, categorySlug: null, external: isExternalHref(row.url) };
  return null;
}

/**
 * The links readers see, in order, each with its dropdown. An item readers cannot follow is left
 * out, and its sub-items with it: they were chosen to sit under it.
 */
export function resolveMenuLinks(rows: readonly MenuItemRow[]): MenuLink[] {
  const sorted = [...rows].sort(byPosition);
  return sorted.flatMap((row) => {
    if (row.parentId !== null) return [];
    const link = linkOf(row);
    if (!link) return [];
    const children = sorted
      .filter((child) => child.parentId === row.id)
      .map(linkOf)
      .filter((child) => child !== null)
      .map((child) => ({ ...child, children: [] }));
    return [{ ...link, children }];
  });
}
