import Link from "next/link";
import { ArticleGrid } from "@/components/article/ArticleList";
import { Pagination } from "@/components/site/Pagination";
import { SiteFrame } from "@/components/site/SiteFrame";
import type { ArticleSummary, Page } from "@/lib/articles/types";
import { paths } from "@/lib/paths";

export type ArchiveLink = { name: string; path: string };

type Props = {
  kicker: string;
  title: string;
  description?: string;
  result: Page<ArticleSummary>;
  href: (page: number) => string;
  /** For a category under others: breadcrumbs through them */
  parents?: ArchiveLink[];
  /** For a category with sub-categories: links to them */
  subsections?: ArchiveLink[];
  currentCategory?: string;
};

export function ArchiveView({ kicker, title, description, result, href, parents = [], subsections = [], currentCategory }: Props) {
  return (
    <SiteFrame currentCategory={currentCategory}>
      <div className="archive">
        <header className="archive__header">
          {parents.length > 0 ? (
            <nav className="breadcrumbs" aria-label="Навигационная цепочка">
              <ol>
                {[{ name: "Главная", path: paths.home() }, ...parents].map((crumb) => (
                  <li key={crumb.path}>
                    <Link href={crumb.path}>{crumb.name}</Link>
                  </li>
                ))}
                <li aria-current="page">{title}</li>
              </ol>
            </nav>
          ) : null}
          <p className="kicker">{kicker}</p>
          <h1>{result.page > 1 ? `${title} — страница ${result.page}` : title}</h1>
          {description ? <p className="archive__description">{description}</p> : null}
          {subsections.length > 0 ? (
            <nav className="archive__subsections" aria-label="Подрубрики">
              <ul>
                {subsections.map((s) => (
                  <li key={s.path}>
                    <Link href={s.path}>{s.name}</Link>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </header>
        {result.items.length === 0 ? <p className="empty">Здесь пока нет материалов.</p> : <ArticleGrid articles={result.items} />}
        <Pagination page={result.page} totalPages={result.totalPages} href={href} />
      </div>
    </SiteFrame>
  );
}
