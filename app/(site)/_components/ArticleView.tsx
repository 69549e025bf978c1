import Link from "next/link";
import type { ReactNode } from "react";
import { AdSlotView } from "@/components/ads/AdSlotView";
import { ArticleBody } from "@/components/article/ArticleBody";
import { ArticleCard } from "@/components/article/ArticleCard";
import { Byline } from "@/components/article/Byline";
import { CoverPicture } from "@/components/article/CoverPicture";
import { PublishedTime } from "@/components/article/PublishedTime";
import { SidebarList } from "@/components/site/SidebarList";
import { SiteFrame } from "@/components/site/SiteFrame";
import { MostRead } from "@/components/site/MostRead";
import { ShareLinks } from "@/components/article/ShareLinks";
import { ArticleJsonLd } from "@/components/seo/ArticleJsonLd";
import { absoluteUrl } from "@/lib/seo/urls";
import { getActiveAds } from "@/lib/ads/reads";
import { slotsForPage } from "@/lib/ads/select";
import { getCategories } from "@/lib/taxonomy/reads";
import { getLatestArticles, getMustReadArticles, getRelatedArticles } from "@/lib/articles/reads";
import type { ArticleFull } from "@/lib/articles/types";
import { edition } from "@/lib/editions/edition";
import { fill, plural } from "@/lib/i18n/format";
import { paths } from "@/lib/paths";

export async function ArticleView({ article, discussion }: { article: ArticleFull; discussion: ReactNode }) {
  const [{ slots: ads }, latest, mustRead, related, categories] = await Promise.all([
    getActiveAds(),
    getLatestArticles(article.language, 7),
    getMustReadArticles(article.language, 5),
    getRelatedArticles(article.id, 4),
    getCategories(),
  ]);
  const categoryIds = categories.filter((c) => c.slug === article.category.slug).map((c) => c.id);
  const inline = slotsForPage(ads.ARTICLE_INLINE, categoryIds);
  const { language, t, path } = edition();
  const comments = article.commentCount;
  return (
    <SiteFrame currentCategory={article.category.slug}>
      <div className="with-sidebar">
        <article className="article">
          <ArticleJsonLd article={article} />
          <AdSlotView slots={ads.ARTICLE_TOP} categoryIds={categoryIds} />
          <header className="article__header">
            <Link className="label" href={path(paths.category(article.category.slug))}>
              {article.category.name}
            </Link>
            <h1 className="article__title">{article.title}</h1>
            <p className="article__meta">
              <Byline authors={article.authors} />
              <span aria-hidden="true"> · </span>
              <PublishedTime iso={article.publishedAt} />
              <span aria-hidden="true"> · </span>
              <a href="#comments">{comments > 0 ? fill(plural(language, comments, t.plurals.comments), { count: comments }) : t.article.leaveComment}</a>
            </p>
          </header>
          {article.cover ? (
            <figure className="article__cover">
              <CoverPicture cover={article.cover} sizes="(min-width: 1024px) 720px, 100vw" priority />
              {article.cover.caption ? <figcaption>{article.cover.caption}</figcaption> : null}
            </figure>
          ) : null}
          {article.lead ? <p className="article__lead">{article.lead}</p> : null}
          <ArticleBody
            html={article.bodyHtml}
            language={language}
            inline={inline.length > 0 ? <AdSlotView slots={inline} /> : undefined}
            after={inline[0]?.afterNth || undefined}
          />
          {article.tags.length > 0 ? (
            <ul className="tags" aria-label={t.nav.tags}>
              {article.tags.map((tag) => (
                <li key={tag.slug}>
                  <Link href={path(paths.tag(tag.slug))}>{tag.name}</Link>
                </li>
              ))}
            </ul>
          ) : null}
          <ShareLinks url={absoluteUrl(path(paths.article(article.slug)))} title={article.title} />
          <AdSlotView slots={ads.ARTICLE_BOTTOM} categoryIds={categoryIds} />
          {related.length > 0 ? (
            <section className="related" aria-labelledby="related-title">
              <h2 className="block-title" id="related-title">
                {t.article.related}
              </h2>
              <div className="grid grid--4">
                {related.map((a) => (
                  <ArticleCard key={a.id} article={a} />
                ))}
              </div>
            </section>
          ) : null}
          {discussion}
        </article>
        <aside className="sidebar" aria-label={t.sidebar.label}>
          <AdSlotView slots={ads.SIDEBAR} categoryIds={categoryIds} />
          <SidebarList id="latest-title" title={t.sidebar.latest} articles={latest.filter((a) => a.id !== article.id).slice(0, 6)} />
          <SidebarList id="must-read-title" title={t.sidebar.mustRead} articles={mustRead.filter((a) => a.id !== article.id)} />
          <MostRead exclude={article.id} />
        </aside>
      </div>
    </SiteFrame>
  );
}
