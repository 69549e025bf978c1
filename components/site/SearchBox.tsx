import { editionOrDefault } from "@/lib/editions/edition-or-default";
import { paths } from "@/lib/paths";

/** The site's search form: a plain GET form, so it works without JavaScript; it searches the page's edition. */
export function SearchBox({ id, defaultValue, className = "search-box" }: { id: string; defaultValue?: string; className?: string }) {
  const { t, path } = editionOrDefault();
  return (
    <form role="search" className={className} action={path(paths.search())} method="get">
      <label className="visually-hidden" htmlFor={id}>
        {t.search.label}
      </label>
      <input id={id} type="search" name="q" defaultValue={defaultValue} placeholder={t.search.label} maxLength={200} required />
      <button type="submit">{t.search.submit}</button>
    </form>
  );
}
