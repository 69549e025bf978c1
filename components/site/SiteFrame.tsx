import type { ReactNode } from "react";
import { SiteAds } from "@/components/ads/SiteAds";
import { edition } from "@/lib/editions/edition";
import { BrandHead } from "./BrandHead";
import { BreakingTicker } from "./BreakingTicker";
import { ReaderFooter } from "./ReaderFooter";
import { SiteHeader } from "./SiteHeader";

/**
 * Header, main and footer of a reader page. Pages render it themselves rather than a layout,
 * because a layout would also run for the build-time placeholder routes and read the database.
 */
export function SiteFrame({ children, currentCategory }: { children: ReactNode; currentCategory?: string }) {
  return (
    <>
      <BrandHead />
      <a className="skip-link" href="#main">
        {edition().t.nav.skipToContent}
      </a>
      <SiteHeader currentCategory={currentCategory} />
      <BreakingTicker />
      <main id="main" className="site-main">
        {children}
      </main>
      <ReaderFooter />
      <SiteAds currentCategory={currentCategory} />
    </>
  );
}
