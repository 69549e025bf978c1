import { ArticleGrid } from "@/components/article/ArticleList";
import { Pagination } from "@/components/site/Pagination";
import { SiteFrame } from "@/components/site/SiteFrame";
import type { ArticleSummary, Page } from "@/lib/articles/types";

type Props = {
  kicker: string;
  title: string;
  description?: string;
  result: Page<ArticleSummary>;
  href: (page: number) => string;
  currentCategory?: string;
};

export function ArchiveView({ kicker, title, description, result, href, currentCategory }: Props) {
  return (
    <SiteFrame currentCategory={currentCategory}>
      <div className="archive">
        <header className="archive__header">
          <p className="kicker">{kicker}</p>
          <h1>{result.page > 1 ? `${title} — страница ${result.page}` : title}</h1>
          {description ? <p className="archive__description">{description}</p> : null}
        </header>
        {result.items.length === 0 ? <p className="empty">Здесь пока нет материалов.</p> : <ArticleGrid articles={result.items} />}
        <Pagination page={result.page} totalPages={result.totalPages} href={href} />
      </div>
    </SiteFrame>
  );
}
