import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BUILD_PLACEHOLDER, FRONT_EDITION } from "@/lib/route-params";
import { siteName } from "@/lib/site";
import { pageMetadata } from "@/lib/seo/metadata";
import { FrontPage } from "./FrontPage";

/** The home page. "/" is rewritten here (next.config.ts) so that the build never reads the database. */
type Props = { params: Promise<{ edition: string }> };

export function generateStaticParams() {
  return [{ edition: BUILD_PLACEHOLDER }];
}

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: { absolute: `${siteName()} — новости региона` },
    description: "Главные новости региона: общество, политика, экономика, происшествия, спорт, культура, образование и здоровье.",
    path: "/",
  });
}

export default async function Page({ params }: Props) {
  const { edition } = await params;
  if (edition !== FRONT_EDITION) notFound();
  return <FrontPage />;
}
