import Link from "next/link";
import { getCategories } from "@/lib/taxonomy/reads";
import { paths } from "@/lib/paths";
import { siteName } from "@/lib/site";
import { SearchBox } from "./SearchBox";

export async function SiteHeader({ currentCategory }: { currentCategory?: string }) {
  const categories = await getCategories();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={paths.home()} className="logo">
          {siteName()}
        </Link>
        <SearchBox id="site-search" />
      </div>
      <nav className="main-nav" aria-label="Рубрики">
        <ul>
          {categories.map((c) => (
            <li key={c.id}>
              <Link href={paths.category(c.slug)} aria-current={c.slug === currentCategory ? "page" : undefined}>
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
