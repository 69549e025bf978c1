"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * «Сайт» in the top bar: the site's settings, used now and then, folded into a `<details>` so that
 * the bar stays one line at 1366 px. It opens without JavaScript and closes after a link is followed.
 */
export function SiteMenu({ links }: { links: [href: string, label: string][] }) {
  const details = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [pathname]);
  return (
    <details ref={details} className="admin-nav-more">
      <summary>Сайт</summary>
      <ul>
        {links.map(([href, label]) => (
          <li key={href}>
            <Link href={href} aria-current={pathname === href ? "page" : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
