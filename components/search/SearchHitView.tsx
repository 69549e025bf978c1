import Link from "next/link";
import { PublishedTime } from "@/components/article/PublishedTime";
import { edition } from "@/lib/editions/edition";
import { paths } from "@/lib/paths";
import type { SearchHit } from "@/lib/search/search-hits";
import { Highlighted } from "./Highlighted";

export function SearchHitView({ hit }: { hit: SearchHit }) {
  const { article } = hit;
  const { pathIn } = edition();
  return (
    <li className="search-hit">
      <h2 className="search-hit__title">
        <Link href={pathIn(paths.article(article.slug), article.language)}>
          <Highlighted parts={hit.title} />
        </Link>
      </h2>
      <p className="search-hit__snippet">
        <Highlighted parts={hit.snippet} />
      </p>
      <p className="meta">
        <Link href={pathIn(paths.category(article.category.slug), article.language)}>{article.category.name}</Link>
        <span aria-hidden="true"> · </span>
        <PublishedTime iso={article.publishedAt} />
      </p>
    </li>
  );
}
