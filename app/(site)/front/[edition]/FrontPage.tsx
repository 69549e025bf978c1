import Link from "next/link";
import { ArticleCard } from "@/components/article/ArticleCard";
import { SidebarList } from "@/components/site/SidebarList";
import { MostRead } from "@/components/site/MostRead";
import { SiteFrame } from "@/components/site/SiteFrame";
import { JsonLdScript } from "@/components/seo/JsonLdScript";
import { siteIdentity } from "@/components/seo/site-identity";
import { homeJsonLd } from "@/lib/seo/json-ld";
import { getLatestArticles, getLatestInCategory, getMustReadArticles } from "@/lib/articles/reads";
import { getCategories } from "@/lib/taxonomy/reads";
import type { Category } from "@/lib/taxonomy/types";
import { paths } from "@/lib/paths";
import { siteName } from "@/lib/site";

const LATEST_COUNT = 10;

async function CategoryBlock({ category }: { category: Category }) {
  const articles = await getLatestInCategory(category.id, 4);
  if (articles.length === 0) return null;
  const headingId = `cat-${category.slug}`;
  return (
    <section className="category-block" aria-labelledby={headingId}>
      <h2 className="block-title" id={headingId}>
        <Link href={paths.category(category.slug)}>{category.name}</Link>
      </h2>
      <div className="grid grid--4">
        {articles.map((a) => (
          <ArticleCard key={a.id} article={a} />
        ))}
      </div>
    </section>
  );
}

export async function FrontPage() {
  const [latest, mustRead, categories] = await Promise.all([getLatestArticles(LATEST_COUNT + 1), getMustReadArticles(5), getCategories()]);
  const [lead, ...rest] = latest;
  return (
    <SiteFrame>
      <JsonLdScript data={homeJsonLd(await siteIdentity())} />
      <h1 className="visually-hidden">{siteName()}: новости региона</h1>
      <div className="front-top">
        <div className="front-top__main">
          {lead ? <ArticleCard article={lead} variant="lead" showLead headingLevel="h2" /> : <p className="empty">Новостей пока нет.</p>}
          <section className="latest" aria-labelledby="latest-title">
            <h2 className="block-title" id="latest-title">
              Последние новости
            </h2>
            <div className="latest__list">
              {rest.map((a) => (
                <ArticleCard key={a.id} article={a} variant="row" showLead />
              ))}
            </div>
          </section>
        </div>
        <aside className="sidebar" aria-label="Рекомендуем">
          <SidebarList id="must-read-title" title="Должен прочитать" articles={mustRead} />
          <MostRead />
        </aside>
      </div>
      {categories.map((c) => (
        <CategoryBlock key={c.id} category={c} />
      ))}
    </SiteFrame>
  );
}
