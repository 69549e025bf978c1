/** The site's search form: a plain GET form, so it works without JavaScript. */
export function SearchBox({ id, defaultValue, className = "search-box" }: { id: string; defaultValue?: string; className?: string }) {
  return (
    <form role="search" className={className} action="/search" method="get">
      <label className="visually-hidden" htmlFor={id}>
        Поиск по сайту
      </label>
      <input id={id} type="search" name="q" defaultValue={defaultValue} placeholder="Поиск по сайту" maxLength={200} required />
      <button type="submit">Найти</button>
    </form>
  );
}
