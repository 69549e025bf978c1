import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getArticleBySlug } from "@/lib/articles/reads";
import { enterEdition, showTranslation, type Edition } from "@/lib/editions/edition";
import { paths } from "@/lib/paths";
import type { Language } from "@/lib/i18n/languages";
import { pagePath } from "@/lib/pages/page-paths";
import { getPublishedPage, getPublishedPagePaths } from "@/lib/pages/reads";
import { articleMetadata, staticPageMetadata } from "@/lib/seo/metadata";
import { BUILD_PLACEHOLDER, isWellFormedSlug } from "@/lib/route-params";
import { ArticleView } from "@/app/(site)/_components/ArticleView";
import { CommentsSection } from "@/app/(site)/_components/comments/CommentsSection";
import { StaticPageView } from "@/app/(site)/_components/StaticPageView";

type Props = { params: Promise<{ lang: string; slug: string }> };

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER }];
}

/** An article, or else a top-level static page: both live at /<slug>, and saving either refuses the other's slug. */
async function find(language: Language, slug: string) {
  if (slug === BUILD_PLACEHOLDER || !isWellFormedSlug(slug)) return null;
  const article = await getArticleBySlug(language, slug);
  if (article) return { kind: "article", article } as const;
  if (!(await getPublishedPagePaths(language)).includes(pagePath(slug))) return null;
  const page = await getPublishedPage(language, [slug]);
  return page ? ({ kind: "page", page } as const) : null;
}

/**
 * Slugs are unique across editions: an article asked for in another edition (an old link, a
 * notification e-mail's /<slug>) is sent to its own.
 */
async function redirectToOwnEdition({ language, editions, pathIn }: Edition, slug: string): Promise<void> {
  if (slug === BUILD_PLACEHOLDER || !isWellFormedSlug(slug)) return;
  for (const other of editions.enabled) {
    if (other !== language && (await getArticleBySlug(other, slug))) permanentRedirect(pathIn(paths.article(slug), other));
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  const { language, t } = await enterEdition(lang);
  const found = await find(language, slug);
  if (!found) return { title: t.errors.notFound.title };
  return found.kind === "article" ? articleMetadata(found.article) : staticPageMetadata(found.page);
}

export default async function Page({ params }: Props) {
  const { lang, slug } = await params;
  const current = await enterEdition(lang);
  const found = await find(current.language, slug);
  if (!found) {
    await redirectToOwnEdition(current, slug);
    notFound();
  }
  if (found.kind === "page") {
    showTranslation(found.page.translation);
    return <StaticPageView page={found.page} />;
  }
  const { article } = found;
  showTranslation(article.translation && { language: article.translation.language, path: paths.article(article.translation.slug) });
  return <ArticleView article={found.article} discussion={<CommentsSection article={found.article} />} />;
}
