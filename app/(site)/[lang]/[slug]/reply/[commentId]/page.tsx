import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getArticleBySlug } from "@/lib/articles/reads";
import { getApprovedComments } from "@/lib/comments/reads";
import { enterEdition, showTranslation } from "@/lib/editions/edition";
import { paths } from "@/lib/paths";
import { BUILD_PLACEHOLDER, isWellFormedSlug } from "@/lib/route-params";
import { ArticleView } from "@/app/(site)/_components/ArticleView";
import { CommentsSection } from "@/app/(site)/_components/comments/CommentsSection";

/** The article with its form set to answer one comment: the reply link's target without JavaScript. */
type Props = { params: Promise<{ lang: string; slug: string; commentId: string }> };

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER, commentId: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  const { path } = await enterEdition(lang);
  return { robots: { index: false }, alternates: { canonical: isWellFormedSlug(slug) ? path(paths.article(slug)) : undefined } };
}

export default async function Page({ params }: Props) {
  const { lang, slug, commentId } = await params;
  const { language } = await enterEdition(lang);
  if (slug === BUILD_PLACEHOLDER || !isWellFormedSlug(slug) || !/^[1-9][0-9]{0,9}$/.test(commentId)) notFound();
  const article = await getArticleBySlug(language, slug);
  if (!article) notFound();
  // Only a published comment of this article can be answered: any other number is not a page.
  const comments = await getApprovedComments(article.id);
  if (!comments.some((comment) => comment.id === Number(commentId))) notFound();
  showTranslation(article.translation && { language: article.translation.language, path: paths.article(article.translation.slug) });
  return <ArticleView article={article} discussion={<CommentsSection article={article} replyToId={Number(commentId)} />} />;
}
