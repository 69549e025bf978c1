import { getMostRead } from "@/lib/views/most-read";
import { SidebarList } from "./SidebarList";

export async function MostRead({ exclude }: { exclude?: number }) {
  const articles = await getMostRead(6);
  return <SidebarList id="most-read-title" title="Самое читаемое" articles={articles.filter((a) => a.id !== exclude).slice(0, 5)} />;
}
