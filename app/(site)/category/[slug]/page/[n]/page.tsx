import { archiveMetadata, placeholderParams, renderArchive } from "../../../../_components/archive-route";

type Props = { params: Promise<{ slug: string; n: string }> };

export function generateStaticParams() {
  return [placeholderParams];
}

export async function generateMetadata({ params }: Props) {
  const { slug, n } = await params;
  return archiveMetadata("category", slug, n);
}

export default async function Page({ params }: Props) {
  const { slug, n } = await params;
  return renderArchive("category", slug, n);
}
