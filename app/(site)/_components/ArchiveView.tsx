import Link from "next/link";
import { Fragment, type ReactNode } from "react";
import { AdSlotView } from "@/components/ads/AdSlotView";
import { ReaderSidebar } from "@/components/site/ReaderSidebar";
import { getActiveAds } from "@/lib/ads/reads";
import { AFTER_NTH_DEFAULTS } from "@/lib/ads/placements";
import { slotsForPage } from "@/lib/ads/select";
import { ArticleGrid } from "@/components/article/ArticleList";
import { Pagination } from "@/components/site/Pagination";
import { SiteFrame } from "@/components/site/SiteFrame";
import type { ArticleSummary, Page } from "@/lib/articles/types";
import { edition } from "@/lib/editions/edition";
import { fill } from "@/lib/i18n/format";
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
  /** A category's feed: its ads (above it, and after every N cards). */
  categoryId?: number;
  /** Shown under the title: an author's photo and structured data. */
  intro?: ReactNode;
};

/** The feed's cards, split after every N by the feed ad when a category has one. */
async function Feed({ items, categoryId }: { items: ArticleSummary[]; categoryId?: number }) {
  if (items.length === 0) return <p className="empty">{edition().t.archive.empty}</p>;
  const feedAds = categoryId === undefined ? [] : slotsForPage((await getActiveAds()).slots.CATEGORY_FEED, [categoryId]);
  if (feedAds.length === 0) return <ArticleGrid articles={items} />;
  const every = feedAds[0]!.afterNth || AFTER_NTH_DEFAULTS.CATEGORY_FEED!;
  const chunks: ArticleSummary[][] = [];
  for (let i = 0; i < items.length; i += every) chunks.push(items.slice(i, i + every));
  return chunks.map((chunk, i) => (
    <Fragment key={i}>
      <ArticleGrid articles={chunk} />
      {i < chunks.length - 1 || chunk.length === every ? <AdSlotView slots={feedAds} /> : null}
    </Fragment>
  ));
}

export async function ArchiveView({ kicker, title, description, result, href, parents = [], subsections = [], currentCategory, categoryId, intro }: Props) {
  const topAds = categoryId === undefined ? undefined : (await getActiveAds()).slots.CATEGORY_TOP;
  const { t, path } = edition();
  return (
    <SiteFrame currentCategory={currentCategory}>
      <div className="with-sidebar">
        <div className="archive">
          <header className="archive__header">
            {parents.length > 0 ? (
              <nav className="breadcrumbs" aria-label={t.nav.breadcrumbs}>
                <ol>
                  {[{ name: t.nav.home, path: path(paths.home()) }, ...parents].map((crumb) => (
                    <li key={crumb.path}>
                      <Link href={crumb.path}>{crumb.name}</Link>
                    </li>
                  ))}
                  <li aria-current="page">{title}</li>
                </ol>
              </nav>
            ) : null}
            <p className="kicker">{kicker}</p>
            <h1>{result.page > 1 ? fill(t.archive.titleWithPage, { title, page: result.page }) : title}</h1>
            {intro}
            {description ? <p className="archive__description">{description}</p> : null}
            {subsections.length > 0 ? (
              <nav className="archive__subsections" aria-label={t.nav.subsections}>
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
          <AdSlotView slots={topAds} categoryIds={categoryId === undefined ? [] : [categoryId]} />
          <Feed items={result.items} categoryId={categoryId} />
          <Pagination page={result.page} totalPages={result.totalPages} href={href} />
        </div>
        <ReaderSidebar />
      </div>
    </SiteFrame>
  );
}
