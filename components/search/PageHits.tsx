import Link from "next/link";
import { edition } from "@/lib/editions/edition";
import type { PageHit } from "@/lib/search/page-hits";
import { Highlighted } from "./Highlighted";

/** «Страницы»: static pages that match, above the articles. */
export function PageHits({ hits }: { hits: PageHit[] }) {
  const { t, path } = edition();
  return (
    <section className="search-pages" aria-labelledby="search-pages-heading">
      <h2 id="search-pages-heading" className="search-pages__heading">
        {t.search.pages}
      </h2>
      <ul className="search-results">
        {hits.map((hit) => (
          <li key={hit.path} className="search-hit">
            <h3 className="search-hit__title">
              <Link href={path(hit.path)}>
                <Highlighted parts={hit.title} />
              </Link>
            </h3>
            <p className="search-hit__snippet">
              <Highlighted parts={hit.snippet} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
