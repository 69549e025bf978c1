import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { enterEdition } from "@/lib/editions/edition";
import { fill } from "@/lib/i18n/format";
import { BUILD_PLACEHOLDER, FRONT_EDITION } from "@/lib/route-params";
import { siteName } from "@/lib/site";
import { inEveryEdition, pageMetadata } from "@/lib/seo/metadata";
import { FrontPage } from "./FrontPage";

/** An edition's home page: the server rewrites "/" and "/kk" here (lib/edge/edition-routing.ts), so that the build never reads the database. */
type Props = { params: Promise<{ lang: string; edition: string }> };

export function generateStaticParams() {
  return [{ edition: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t, path } = await enterEdition((await params).lang);
  return pageMetadata({
    title: { absolute: fill(t.front.metaTitle, { site: siteName() }) },
    description: t.front.metaDescription,
    path: path("/"),
    editions: inEveryEdition("/"),
  });
}

export default async function Page({ params }: Props) {
  const { lang, edition } = await params;
  await enterEdition(lang);
  if (edition !== FRONT_EDITION) notFound();
  return <FrontPage />;
}
