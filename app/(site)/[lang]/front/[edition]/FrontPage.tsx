import Link from "next/link";
import { Fragment } from "react";
import { AdSlotView } from "@/components/ads/AdSlotView";
import { ArticleCard } from "@/components/article/ArticleCard";
import { SidebarList } from "@/components/site/SidebarList";
import { MostRead } from "@/components/site/MostRead";
import { SiteFrame } from "@/components/site/SiteFrame";
import { JsonLdScript } from "@/components/seo/JsonLdScript";
import { siteIdentity } from "@/components/seo/site-identity";
import { homeJsonLd } from "@/lib/seo/json-ld";
import { getLatestArticles, getLatestInCategory, getMustReadArticles } from "@/lib/articles/reads";
import { getEditionCategories } from "@/lib/taxonomy/reads";
import { getActiveAds } from "@/lib/ads/reads";
import { DEFAULT_BLOCK_CARDS, leadSize } from "@/lib/home/layout";
import { getHomeLayout, getPinnedArticles } from "@/lib/home/reads";
import type { Category } from "@/lib/taxonomy/types";
import type { ArticleSummary } from "@/lib/articles/types";
import { paths } from "@/lib/paths";
import { edition } from "@/lib/editions/edition";
import { fill } from "@/lib/i18n/format";
import { siteName } from "@/lib/site";

const LATEST_COUNT = 10;

async function CategoryBlock({ category, count }: { category: Category; count: number }) {
  const articles = await getLatestInCategory(edition().language, category.id, count);
  if (articles.length === 0) return null;
  const headingId = `cat-${category.slug}`;
  return (
    <section className="category-block" aria-labelledby={headingId}>
      <h2 className="block-title" id={headingId}>
        <Link href={edition().path(paths.category(category.slug))}>{category.name}</Link>
      </h2>
      <div className="grid grid--4">
        {articles.map((a) => (
          <ArticleCard key={a.id} article={a} />
        ))}
      </div>
    </section>
  );
}

/** The lead: one story as today, or a grid of 3–5 (the first large) as Newspaper themes have. */
function Lead({ stories }: { stories: ArticleSummary[] }) {
  const [first, ...others] = stories;
  const { t } = edition();
  if (!first) return <p className="empty">{t.front.empty}</p>;
  if (others.length === 0) return <ArticleCard article={first} variant="lead" showLead headingLevel="h2" />;
  return (
    <section className={`lead-grid lead-grid--${stories.length}`} aria-label={t.nav.main}>
      <ArticleCard article={first} variant="lead" showLead headingLevel="h2" />
      {others.map((a) => (
        <ArticleCard key={a.id} article={a} headingLevel="h2" />
      ))}
    </section>
  );
}

export async function FrontPage() {
  const layout = await getHomeLayout();
  const size = leadSize(layout);
  const { language, t } = edition();
  // The layout is one for both editions: each shows the pinned stories in its own language.
  const pinned = layout.lead.source === "pinned" ? (await getPinnedArticles(layout.lead.pinnedIds)).filter((a) => a.language === language) : [];
  const [latest, mustRead, categories, { slots: ads }] = await Promise.all([
    getLatestArticles(language, LATEST_COUNT + size),
    getMustReadArticles(language, 5),
    getEditionCategories(language),
    getActiveAds(),
  ]);
  const leadStories = [...pinned, ...latest.filter((a) => !pinned.some((p) => p.id === a.id))].slice(0, size);
  const rest = latest.filter((a) => !leadStories.some((l) => l.id === a.id)).slice(0, LATEST_COUNT);
  const blocks = (layout.blocks ?? categories.map((c) => ({ categoryId: c.id, count: DEFAULT_BLOCK_CARDS }))).flatMap(({ categoryId, count }) => {
    const category = categories.find((c) => c.id === categoryId);
    return category ? [{ category, count }] : [];
  });
  const adAfterBlock = ads.HOME_BETWEEN?.[0]?.afterNth || 1;
  return (
    <SiteFrame>
      <JsonLdScript data={homeJsonLd(await siteIdentity())} />
      <h1 className="visually-hidden">{fill(t.front.title, { site: siteName() })}</h1>
      <AdSlotView slots={ads.HOME_TOP} />
      <div className="front-top">
        <div className="front-top__main">
          <Lead stories={leadStories} />
          <section className="latest" aria-labelledby="latest-title">
            <h2 className="block-title" id="latest-title">
              {t.sidebar.latest}
            </h2>
            <div className="latest__list">
              {rest.map((a) => (
                <ArticleCard key={a.id} article={a} variant="row" showLead thumbnail={layout.latestThumbnails} />
              ))}
            </div>
          </section>
        </div>
        <aside className="sidebar" aria-label={t.sidebar.recommended}>
          <AdSlotView slots={ads.HOME_SIDEBAR} />
          <SidebarList id="must-read-title" title={t.sidebar.mustRead} articles={mustRead} />
          <MostRead />
        </aside>
      </div>
      {blocks.map(({ category, count }, i) => (
        <Fragment key={category.id}>
          <CategoryBlock category={category} count={count} />
          {i + 1 === Math.min(adAfterBlock, blocks.length) ? <AdSlotView slots={ads.HOME_BETWEEN} /> : null}
        </Fragment>
      ))}
    </SiteFrame>
  );
}
