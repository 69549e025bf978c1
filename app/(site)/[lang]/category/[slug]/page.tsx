import { enterEdition } from "@/lib/editions/edition";
import { archiveMetadata, placeholderParams, renderArchive } from "@/app/(site)/_components/archive-route";

type Props = { params: Promise<{ lang: string; slug: string }> };

export function generateStaticParams() {
  return [{ slug: placeholderParams.slug }];
}

export async function generateMetadata({ params }: Props) {
  const { lang, slug } = await params;
  await enterEdition(lang);
  return archiveMetadata("category", slug);
}

export default async function Page({ params }: Props) {
  const { lang, slug } = await params;
  await enterEdition(lang);
  return renderArchive("category", slug);
}
