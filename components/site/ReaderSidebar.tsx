import type { ReactNode } from "react";
import { getLatestArticles } from "@/lib/articles/reads";
import { edition } from "@/lib/editions/edition";
import { MostRead } from "./MostRead";
import { SidebarList } from "./SidebarList";

/** The sidebar of archive and search pages: the article page's «Последние новости» and «Самое читаемое». */
export async function ReaderSidebar({ children }: { children?: ReactNode }) {
  const { language, t } = edition();
  const latest = await getLatestArticles(language, 6);
  return (
    <aside className="sidebar" aria-label={t.sidebar.label}>
      {children}
      <SidebarList id="latest-title" title={t.sidebar.latest} articles={latest} />
      <MostRead />
    </aside>
  );
}
