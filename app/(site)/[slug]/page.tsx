import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getArticleBySlug } from "@/lib/articles/reads";
import { articleMetadata } from "@/lib/seo/metadata";
import { BUILD_PLACEHOLDER, isWellFormedSlug } from "@/lib/route-params";
import { ArticleView } from "@/app/(site)/_components/ArticleView";
import { CommentsSection } from "@/app/(site)/_components/comments/CommentsSection";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER }];
}

async function findArticle(slug: string) {
  if (slug === BUILD_PLACEHOLDER || !isWellFormedSlug(slug)) return null;
  return getArticleBySlug(slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await findArticle((await params).slug);
  if (!article) return { title: "Страница не найдена" };
  return articleMetadata(article);
}

export default async function Page({ params }: Props) {
  const article = await findArticle((await params).slug);
  if (!article) notFound();
  return <ArticleView article={article} discussion={<CommentsSection article={article} />} />;
}
