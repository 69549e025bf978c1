import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { decodeCommenter } from "@/lib/comments/commenter-cookie";
import { getArticleBySlug } from "@/lib/articles/reads";
import { pagePath } from "@/lib/pages/page-paths";
import { getPublishedPage, getPublishedPagePaths } from "@/lib/pages/reads";
import { BUILD_PLACEHOLDER, isWellFormedSlug } from "@/lib/route-params";
import { appSecret } from "@/lib/security/app-secret";
import { enterEdition, showTranslation } from "@/lib/editions/edition";
import { paths } from "@/lib/paths";
import { ArticleView } from "@/app/(site)/_components/ArticleView";
import { CommentsSection } from "@/app/(site)/_components/comments/CommentsSection";
import { StaticPageView } from "@/app/(site)/_components/StaticPageView";

/**
 * An article as one commenter sees it: with their held comments and remembered details. The
 * server rewrites /<slug> here for a request with a valid commenter cookie (scripts/start.ts);
 * the token is that signed cookie, so each commenter's variant is cached on its own.
 */
type Props = { params: Promise<{ lang: string; token: string; slug: string }> };

export function generateStaticParams() {
  return [{ token: BUILD_PLACEHOLDER, slug: BUILD_PLACEHOLDER }];
}

export const metadata: Metadata = { robots: { index: false } };

export default async function Page({ params }: Props) {
  const { lang, token, slug } = await params;
  const { language } = await enterEdition(lang);
  if (slug === BUILD_PLACEHOLDER || !isWellFormedSlug(slug)) notFound();
  const commenter = decodeCommenter(decodeURIComponent(token), appSecret());
  if (!commenter) notFound();
  const article = await getArticleBySlug(language, slug);
  if (!article) {
    // The server rewrites every /<slug> for a commenter, static pages included: they have nothing personal.
    const page = (await getPublishedPagePaths(language)).includes(pagePath(slug)) ? await getPublishedPage(language, [slug]) : null;
    if (!page) notFound();
    showTranslation(page.translation);
    return <StaticPageView page={page} />;
  }
  showTranslation(article.translation && { language: article.translation.language, path: paths.article(article.translation.slug) });
  return <ArticleView article={article} discussion={<CommentsSection article={article} commenter={commenter} />} />;
}
