import { getFooterPages } from "@/lib/pages/reads";
import { SiteFooter } from "./SiteFooter";

/** The footer of reader pages, with the published top-level static pages. */
export async function ReaderFooter() {
  return <SiteFooter pages={await getFooterPages()} />;
}
