import Link from "next/link";
import { ArticleBody } from "@/components/article/ArticleBody";
import { SiteFrame } from "@/components/site/SiteFrame";
import { StaticPageJsonLd } from "@/components/seo/StaticPageJsonLd";
import type { PublishedPage } from "@/lib/pages/types";
import { pageCrumbs } from "@/lib/seo/json-ld";

/** A static page («О редакции», «Контакты»…): breadcrumbs, title, body and its sub-pages; no comments, no ads. */
export function StaticPageView({ page }: { page: PublishedPage }) {
  const crumbs = pageCrumbs(page);
  return (
    <SiteFrame>
      <article className="article static-page">
        <StaticPageJsonLd page={page} />
        <nav className="breadcrumbs" aria-label="Навигационная цепочка">
          <ol>
            {crumbs.map((crumb, i) =>
              i < crumbs.length - 1 ? (
                <li key={crumb.path}>
                  <Link href={crumb.path}>{crumb.name}</Link>
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
        <ArticleBody html={page.bodyHtml} />
        {page.children.length > 0 ? (
          <nav className="static-page__children" aria-label="Разделы страницы">
            <ul>
              {page.children.map((child) => (
                <li key={child.slug}>
                  <Link href={child.path}>{child.title}</Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </article>
    </SiteFrame>
  );
}
