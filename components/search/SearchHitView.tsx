import Link from "next/link";
import { PublishedTime } from "@/components/article/PublishedTime";
import { paths } from "@/lib/paths";
import type { SearchHit } from "@/lib/search/search-hits";
import { Highlighted } from "./Highlighted";

export function SearchHitView({ hit }: { hit: SearchHit }) {
  const { article } = hit;
  return (
    <li className="search-hit">
      <h2 className="search-hit__title">
        <Link href={paths.article(article.slug)}>
          <Highlighted parts={hit.title} />
        </Link>
      </h2>
      <p className="search-hit__snippet">
        <Highlighted parts={hit.snippet} />
      </p>
      <p className="meta">
        <Link href={paths.category(article.category.slug)}>{article.category.name}</Link>
        <span aria-hidden="true"> · </span>
        <PublishedTime iso={article.publishedAt} />
      </p>
    </li>
  );
}
