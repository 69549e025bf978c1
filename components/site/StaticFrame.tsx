import Link from "next/link";
import type { ReactNode } from "react";
import { siteName } from "@/lib/site";
import { SearchBox } from "./SearchBox";
import { SiteFooter } from "./SiteFooter";

/** The frame of pages that must render without the database (404, errors). */
export function StaticFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href="/" className="logo">
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
