import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { enterEdition, showTranslation } from "@/lib/editions/edition";
import type { Language } from "@/lib/i18n/languages";
import { pagePath } from "@/lib/pages/page-paths";
import { getPublishedPage, getPublishedPagePaths } from "@/lib/pages/reads";
import { staticPageMetadata } from "@/lib/seo/metadata";
import { BUILD_PLACEHOLDER, isWellFormedSlug } from "@/lib/route-params";
import { StaticPageView } from "@/app/(site)/_components/StaticPageView";

/** A static page under a top-level one: /<parent>/<child>. The static `reply` segment beside it wins for /<slug>/reply/<id>. */
type Props = { params: Promise<{ lang: string; slug: string; child: string }> };

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER, child: BUILD_PLACEHOLDER }];
}

async function find(language: Language, { slug, child }: { slug: string; child: string }) {
  if (slug === BUILD_PLACEHOLDER || !isWellFormedSlug(slug) || !isWellFormedSlug(child)) return null;
  // Any /<a>/<b> lands here and the server's made-up-URL check does not cover it: one shared read first.
  if (!(await getPublishedPagePaths(language)).includes(pagePath(child, slug))) return null;
  return getPublishedPage(language, [slug, child]);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const segments = await params;
  const { language, t } = await enterEdition(segments.lang);
  const page = await find(language, segments);
  return page ? staticPageMetadata(page) : { title: t.errors.notFound.title };
}

export default async function Page({ params }: Props) {
  const segments = await params;
  const { language } = await enterEdition(segments.lang);
  const page = await find(language, segments);
  if (!page) notFound();
  showTranslation(page.translation);
  return <StaticPageView page={page} />;
}
