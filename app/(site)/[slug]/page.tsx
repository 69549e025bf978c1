import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getArticleBySlug } from "@/lib/articles/reads";
import { pagePath } from "@/lib/pages/page-paths";
import { getPublishedPage, getPublishedPagePaths } from "@/lib/pages/reads";
import { articleMetadata, staticPageMetadata } from "@/lib/seo/metadata";
import { BUILD_PLACEHOLDER, isWellFormedSlug } from "@/lib/route-params";
import { ArticleView } from "@/app/(site)/_components/ArticleView";
import { CommentsSection } from "@/app/(site)/_components/comments/CommentsSection";
import { StaticPageView } from "@/app/(site)/_components/StaticPageView";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER }];
}

/** An article, or else a top-level static page: both live at /<slug>, and saving either refuses the other's slug. */
async function find(slug: string) {
  if (slug === BUILD_PLACEHOLDER || !isWellFormedSlug(slug)) return null;
  const article = await getArticleBySlug(slug);
  if (article) return { kind: "article", article } as const;
  if (!(await getPublishedPagePaths()).includes(pagePath(slug))) return null;
  const page = await getPublishedPage([slug]);
  return page ? ({ kind: "page", page } as const) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find((await params).slug);
  if (!found) return { title: "Страница не найдена" };
  return found.kind === "article" ? articleMetadata(found.article) : staticPageMetadata(found.page);
}

export default async function Page({ params }: Props) {
  const found = await find((await params).slug);
  if (!found) notFound();
  if (found.kind === "page") return <StaticPageView page={found.page} />;
  return <ArticleView article={found.article} discussion={<CommentsSection article={found.article} />} />;
}
