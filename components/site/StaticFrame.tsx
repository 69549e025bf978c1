import Link from "next/link";
import type { ReactNode } from "react";
import { editionOrDefault } from "@/lib/editions/edition-or-default";
import { paths } from "@/lib/paths";
import { siteName } from "@/lib/site";
import { SearchBox } from "./SearchBox";
import { SiteFooter } from "./SiteFooter";

/** The frame of pages that must render without the database (404, errors), in the edition of the page that failed if one was entered. */
export function StaticFrame({ children }: { children: ReactNode }) {
  const { path } = editionOrDefault();
  return (
    <>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href={path(paths.home())} className="logo">
            {siteName()}
          </Link>
          <SearchBox id="site-search" />
        </div>
      </header>
      <main id="main" className="site-main">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
