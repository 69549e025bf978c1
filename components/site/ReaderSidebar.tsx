import type { ReactNode } from "react";
import { getLatestArticles } from "@/lib/articles/reads";
import { MostRead } from "./MostRead";
import { SidebarList } from "./SidebarList";

/** The sidebar of archive and search pages: the article page's «Последние новости» and «Самое читаемое». */
export async function ReaderSidebar({ children }: { children?: ReactNode }) {
  const latest = await getLatestArticles(6);
  return (
    <aside className="sidebar" aria-label="Другие материалы">
      {children}
      <SidebarList id="latest-title" title="Последние новости" articles={latest} />
      <MostRead />
    </aside>
  );
}
