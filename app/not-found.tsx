import Link from "next/link";
import { StaticFrame } from "@/components/site/StaticFrame";
import { editionOrDefault } from "@/lib/editions/edition-or-default";
import { paths } from "@/lib/paths";

/** In the edition of the reader page that found nothing (it entered its edition first), else Russian. */
export default function NotFound() {
  const { t, path } = editionOrDefault();
  return (
    <StaticFrame>
      <div className="status-page">
        <p className="status-page__code">404</p>
        <h1>{t.errors.notFound.title}</h1>
        <p>{t.errors.notFound.text}</p>
        <p>
          <Link href={path(paths.home())}>{t.errors.notFound.home}</Link>
        </p>
      </div>
    </StaticFrame>
  );
}
