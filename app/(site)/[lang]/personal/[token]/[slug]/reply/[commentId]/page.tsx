import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getArticleBySlug } from "@/lib/articles/reads";
import { decodeCommenter } from "@/lib/comments/commenter-cookie";
import { getApprovedComments } from "@/lib/comments/reads";
import { BUILD_PLACEHOLDER, isWellFormedSlug } from "@/lib/route-params";
import { appSecret } from "@/lib/security/app-secret";
import { enterEdition, showTranslation } from "@/lib/editions/edition";
import { paths } from "@/lib/paths";
import { ArticleView } from "@/app/(site)/_components/ArticleView";
import { CommentsSection } from "@/app/(site)/_components/comments/CommentsSection";

/**
 * The reply page without JavaScript (/<slug>/reply/<id>) as one commenter sees it: the form
 * filled with their remembered name and email. The server rewrites it here for a request with a
 * valid commenter cookie, as it does the article (lib/edge/commenter-rewrite.ts).
 */
type Props = { params: Promise<{ lang: string; token: string; slug: string; commentId: string }> };

export function generateStaticParams() {
  return [{ token: BUILD_PLACEHOLDER, slug: BUILD_PLACEHOLDER, commentId: BUILD_PLACEHOLDER }];
}

export const metadata: Metadata = { robots: { index: false } };

export default async function Page({ params }: Props) {
  const { lang, token, slug, commentId } = await params;
  const { language } = await enterEdition(lang);
  if (slug === BUILD_PLACEHOLDER || !isWellFormedSlug(slug) || !/^[1-9][0-9]{0,9}$/.test(commentId)) notFound();
  const commenter = decodeCommenter(decodeURIComponent(token), appSecret());
  if (!commenter) notFound();
  const article = await getArticleBySlug(language, slug);
  if (!article) notFound();
  const comments = await getApprovedComments(article.id);
  if (!comments.some((comment) => comment.id === Number(commentId))) notFound();
  showTranslation(article.translation && { language: article.translation.language, path: paths.article(article.translation.slug) });
  return <ArticleView article={article} discussion={<CommentsSection article={article} replyToId={Number(commentId)} commenter={commenter} />} />;
}
