import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pagePath } from "@/lib/pages/page-paths";
import { getPublishedPage, getPublishedPagePaths } from "@/lib/pages/reads";
import { staticPageMetadata } from "@/lib/seo/metadata";
import { BUILD_PLACEHOLDER, isWellFormedSlug } from "@/lib/route-params";
import { StaticPageView } from "@/app/(site)/_components/StaticPageView";

/** A static page under a top-level one: /<parent>/<child>. The static `reply` segment beside it wins for /<slug>/reply/<id>. */
type Props = { params: Promise<{ slug: string; child: string }> };

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER, child: BUILD_PLACEHOLDER }];
}

async function find({ slug, child }: { slug: string; child: string }) {
  if (slug === BUILD_PLACEHOLDER || !isWellFormedSlug(slug) || !isWellFormedSlug(child)) return null;
  // Any /<a>/<b> lands here and the server's made-up-URL check does not cover it: one shared read first.
  if (!(await getPublishedPagePaths()).includes(pagePath(child, slug))) return null;
  return getPublishedPage([slug, child]);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await find(await params);
  return page ? staticPageMetadata(page) : { title: "Страница не найдена" };
}

export default async function Page({ params }: Props) {
  const page = await find(await params);
  if (!page) notFound();
  return <StaticPageView page={page} />;
}
