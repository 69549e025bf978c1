import { edition } from "@/lib/editions/edition";
import { getMostRead } from "@/lib/views/most-read";
import { SidebarList } from "./SidebarList";

export async function MostRead({ exclude }: { exclude?: number }) {
  const articles = await getMostRead(edition().language, 6);
  return <SidebarList id="most-read-title" title={edition().t.sidebar.mostRead} articles={articles.filter((a) => a.id !== exclude).slice(0, 5)} />;
}
