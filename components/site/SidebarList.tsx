import Link from "next/link";
import type { ArticleSummary } from "@/lib/articles/types";
import { edition } from "@/lib/editions/edition";
import { paths } from "@/lib/paths";
import { PublishedTime } from "@/components/article/PublishedTime";

type Props = { title: string; articles: ArticleSummary[]; id: string };

export function SidebarList({ title, articles, id }: Props) {
  if (articles.length === 0) return null;
  const { path } = edition();
  return (
    <section className="sidebar-block" aria-labelledby={id}>
      <h2 className="block-title" id={id}>
        {title}
      </h2>
      <ol className="sidebar-list">
        {articles.map((a) => (
          <li key={a.id}>
            <Link href={path(paths.article(a.slug))}>{a.title}</Link>
            <PublishedTime className="meta" iso={a.publishedAt} />
          </li>
        ))}
      </ol>
    </section>
  );
}
