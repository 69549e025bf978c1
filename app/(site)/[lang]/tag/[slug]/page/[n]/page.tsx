import { enterEdition } from "@/lib/editions/edition";
import { archiveMetadata, placeholderParams, renderArchive } from "@/app/(site)/_components/archive-route";

type Props = { params: Promise<{ lang: string; slug: string; n: string }> };

export function generateStaticParams() {
  return [placeholderParams];
}

export async function generateMetadata({ params }: Props) {
  const { lang, slug, n } = await params;
  await enterEdition(lang);
  return archiveMetadata("tag", slug, n);
}

export default async function Page({ params }: Props) {
  const { lang, slug, n } = await params;
  await enterEdition(lang);
  return renderArchive("tag", slug, n);
}
