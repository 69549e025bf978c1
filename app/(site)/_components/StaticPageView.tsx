import Link from "next/link";
import { ArticleBody } from "@/components/article/ArticleBody";
import { SiteFrame } from "@/components/site/SiteFrame";
import { StaticPageJsonLd } from "@/components/seo/StaticPageJsonLd";
import type { PublishedPage } from "@/lib/pages/types";
import { edition } from "@/lib/editions/edition";
import { pageCrumbs } from "@/lib/seo/json-ld";

/** A static page («О редакции», «Контакты»…): breadcrumbs, title, body and its sub-pages; no comments, no ads. */
export function StaticPageView({ page }: { page: PublishedPage }) {
  const { language, t, path } = edition();
  // The first crumb is the home page, named in the page's language.
  const crumbs = pageCrumbs(page).map((crumb, i) => (i === 0 ? { ...crumb, name: t.nav.home } : crumb));
  return (
    <SiteFrame>
      <article className="article static-page">
        <StaticPageJsonLd page={page} />
        <nav className="breadcrumbs" aria-label={t.nav.breadcrumbs}>
          <ol>
            {crumbs.map((crumb, i) =>
              i < crumbs.length - 1 ? (
                <li key={crumb.path}>
                  <Link href={path(crumb.path)}>{crumb.name}</Link>
                </li>
              ) : (
                <li key={crumb.path} aria-current="page">
                  {crumb.name}
                </li>
              ),
            )}
          </ol>
        </nav>
        <header className="article__header">
          <h1 className="article__title">{page.title}</h1>
        </header>
        <ArticleBody html={page.bodyHtml} language={language} />
        {page.children.length > 0 ? (
          <nav className="static-page__children" aria-label={t.nav.pageSections}>
            <ul>
              {page.children.map((child) => (
                <li key={child.slug}>
                  <Link href={path(child.path)}>{child.title}</Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </article>
    </SiteFrame>
  );
}
