import Link from "next/link";
import type { PageLink } from "@/lib/pages/types";
import { siteName } from "@/lib/site";

/** The footer; `pages` are the static pages' links, absent on pages that render without the database. */
export function SiteFooter({ pages = [] }: { pages?: PageLink[] }) {
  return (
    <footer className="site-footer">
      {pages.length > 0 ? (
        <nav className="site-footer__pages" aria-label="О сайте">
          <ul>
            {pages.map((page) => (
              <li key={page.slug}>
                <Link href={page.path}>{page.title}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <p>© {siteName()}. Региональное информационное издание. При использовании материалов ссылка на источник обязательна.</p>
    </footer>
  );
}
