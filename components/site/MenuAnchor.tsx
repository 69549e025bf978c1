import Link from "next/link";
import type { MenuLink } from "@/lib/menus/types";
import { edition } from "@/lib/editions/edition";

/** A menu's link: the site's own through Link, another site's (or mail, phone) as a plain anchor. */
export function MenuAnchor({ link, current = false }: { link: MenuLink; current?: boolean }) {
  if (link.external) return <a href={link.href}>{link.label}</a>;
  return (
    <Link href={edition().path(link.href)} aria-current={current ? "page" : undefined}>
      {link.label}
    </Link>
  );
}
