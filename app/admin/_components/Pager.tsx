import Link from "next/link";

type Props = { page: number; hasNext: boolean; href: (page: number) => string; totalPages?: number };

/** «← Назад · Страница N из M · Вперёд →» under a newsroom list. */
export function Pager({ page, hasNext, href, totalPages }: Props) {
  return (
    <nav className="pagination" aria-label="Страницы">
      {page > 1 && <Link href={href(page - 1)}>← Назад</Link>}
      {totalPages !== undefined && (
        <span>
          Страница {page} из {totalPages}
        </span>
      )}
      {hasNext && <Link href={href(page + 1)}>Вперёд →</Link>}
    </nav>
  );
}
