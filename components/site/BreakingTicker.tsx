import Link from "next/link";
import { getBreakingNews } from "@/lib/breaking/breaking-news";
import { paths } from "@/lib/paths";

/**
 * A cached page may be served a moment past an item's expiry (until it is revalidated), so
 * the browser also hides what has expired, to the second.
 */
const HIDE_EXPIRED = `(function(){var b=document.getElementById("breaking");if(!b)return;function t(){var l=0;b.querySelectorAll("li[data-until]").forEach(function(li){if(Date.parse(li.dataset.until)<=Date.now())li.remove();else l++});if(!l){b.remove();return}setTimeout(t,1000)}t()})();`;

export async function BreakingTicker() {
  const items = await getBreakingNews();
  if (items.length === 0) return null;
  return (
    <section id="breaking" className="breaking" aria-labelledby="breaking-title">
      <div className="breaking__inner">
        <h2 className="breaking__label" id="breaking-title">
          Срочно
        </h2>
        <ul>
          {items.map((item) => (
            <li key={item.slug} data-until={item.until}>
              <Link href={paths.article(item.slug)}>{item.title}</Link>
            </li>
          ))}
        </ul>
      </div>
      <script data-keep="" dangerouslySetInnerHTML={{ __html: HIDE_EXPIRED }} />
    </section>
  );
}
