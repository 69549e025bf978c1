import Link from "next/link";
import { edition } from "@/lib/editions/edition";

type Props = { page: number; totalPages: number; href: (page: number) => string };

/** Previous/next plus a window of page numbers; plain links, so it works without JavaScript. */
export function Pagination({ page, totalPages, href }: Props) {
  if (totalPages <= 1) return null;
  const from = Math.max(1, page - 2);
  const to = Math.min(totalPages, page + 2);
  const pages = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const t = edition().t.pagination;
  return (
    <nav className="pagination" aria-label={t.label}>
      {page > 1 ? (
        <Link rel="prev" href={href(page - 1)}>
          {t.previous}
        </Link>
      ) : null}
      {from > 1 ? <Link href={href(1)}>1</Link> : null}
      {from > 2 ? <span aria-hidden="true">…</span> : null}
      {pages.map((p) =>
        p === page ? (
          <span key={p} aria-current="page">
            {p}
          </span>
        ) : (
          <Link key={p} href={href(p)}>
            {p}
          </Link>
        ),
      )}
      {to < totalPages - 1 ? <span aria-hidden="true">…</span> : null}
      {to < totalPages ? <Link href={href(totalPages)}>{totalPages}</Link> : null}
      {page < totalPages ? (
        <Link rel="next" href={href(page + 1)}>
          {t.next}
        </Link>
      ) : null}
    </nav>
  );
}
