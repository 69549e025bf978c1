import { INLINE_SCRIPTS } from "@/lib/security/inline-scripts";
import Link from "next/link";
import { getBreakingNews } from "@/lib/breaking/breaking-news";
import { edition } from "@/lib/editions/edition";
import { paths } from "@/lib/paths";

/**
 * A cached page may be served a moment past an item's expiry (until it is revalidated), so
 * the browser also hides what has expired, to the second.
 */
export async function BreakingTicker() {
  const items = await getBreakingNews(edition().language);
  if (items.length === 0) return null;
  const { t, path } = edition();
  return (
    <section id="breaking" className="breaking" aria-labelledby="breaking-title">
      <div className="breaking__inner">
        <h2 className="breaking__label" id="breaking-title">
          {t.breaking.title}
        </h2>
        <ul>
          {items.map((item) => (
            <li key={item.slug} data-until={item.until}>
              <Link href={path(paths.article(item.slug))}>{item.title}</Link>
            </li>
          ))}
        </ul>
      </div>
      <script data-keep="" dangerouslySetInnerHTML={{ __html: INLINE_SCRIPTS.hideExpiredBreaking }} />
    </section>
  );
}
