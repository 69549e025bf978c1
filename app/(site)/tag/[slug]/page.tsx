import { archiveMetadata, placeholderParams, renderArchive } from "../../_components/archive-route";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return [{ slug: placeholderParams.slug }];
}

export async function generateMetadata({ params }: Props) {
  const { slug } = await params;
  return archiveMetadata("tag", slug);
}

export default async function Page({ params }: Props) {
  const { slug } = await params;
  return renderArchive("tag", slug);
}
