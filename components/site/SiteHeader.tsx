import Link from "next/link";
import { getBranding } from "@/lib/branding/reads";
import { getMenu } from "@/lib/menus/reads";
import type { MenuLink } from "@/lib/menus/types";
import { edition } from "@/lib/editions/edition";
import { paths } from "@/lib/paths";
import { BrandLogo } from "./BrandLogo";
import { MenuAnchor } from "./MenuAnchor";
import { SearchBox } from "./SearchBox";
import { LanguageSwitch } from "./LanguageSwitch";

const LOGO_HEIGHT = 40;

/**
 * An item with sub-items opens as a <details> dropdown: no script, and `name` keeps one open at a
 * time. Its own link comes first inside, since the summary only opens it.
 */
function HeaderItem({ link, currentCategory }: { link: MenuLink; currentCategory?: string }) {
  const isCurrent = (l: MenuLink) => l.categorySlug !== null && l.categorySlug === currentCategory;
  if (link.children.length === 0) return <MenuAnchor link={link} current={isCurrent(link)} />;
  return (
    <details className="main-nav__group" name="main-nav">
      <summary>{link.label}</summary>
      <ul className="main-nav__sub">
        {[link, ...link.children].map((l, i) => (
          <li key={i}>
            <MenuAnchor link={l} current={isCurrent(l)} />
          </li>
        ))}
      </ul>
    </details>
  );
}

export async function SiteHeader({ currentCategory }: { currentCategory?: string }) {
  const { t, path, language } = edition();
  const [menu, branding] = await Promise.all([getMenu("HEADER", language), getBranding()]);
  // The header is dark: the logo made for dark backgrounds, else the other one.
  const logo = branding.logoDark ?? branding.logoLight;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={path(paths.home())} className="logo">
          {logo ? <BrandLogo image={logo} name={branding.name} height={LOGO_HEIGHT} /> : branding.name}
        </Link>
        <SearchBox id="site-search" />
        <LanguageSwitch />
      </div>
      {menu.links.length > 0 ? (
        <nav className="main-nav" aria-label={t.nav.categories}>
          <ul>
            {menu.links.map((link, i) => (
              <li key={i}>
                <HeaderItem link={link} currentCategory={currentCategory} />
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
