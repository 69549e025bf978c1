import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { formatAdminDate } from "@/lib/format/newsroom-date";
import { listPages, PAGE_STATUS_LABELS } from "@/lib/pages/newsroom-reads";
import { trashPageAction } from "../trash/actions";
import { TrashButton } from "../trash/TrashButton";

export default async function PagesPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const staff = await requireStaffPage();
  if (!can(staff.role, "pages.manage")) return <p role="alert">Страницами сайта управляют редакторы.</p>;
  const [pages, { deleted }] = await Promise.all([listPages(), searchParams]);
  return (
    <section>
      <h1>Страницы</h1>
      <p>
        <Link href="/admin/pages/new">Новая страница</Link>
      </p>
      {deleted && <p className="form-message ok">Страница удалена.</p>}
      {pages.length === 0 ? (
        <p>Страниц пока нет.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Заголовок</th>
              <th>Адрес</th>
              <th>Статус</th>
              <th>Порядок</th>
              <th>Изменена</th>
              <th>Действия</th>
            </tr>
          </thead>
          <tbody>
            {pages.map((page) => (
              <tr key={page.id}>
                <td>
                  {page.parentId !== null && <span aria-hidden="true">— </span>}
                  <Link href={`/admin/pages/${page.id}`}>{page.title}</Link>
                </td>
                <td>{page.status === "PUBLISHED" ? <a href={page.path}>{page.path}</a> : page.path}</td>
                <td>{PAGE_STATUS_LABELS[page.status]}</td>
                <td>{page.position}</td>
                <td>{formatAdminDate(page.updatedAt)}</td>
                <td>
                  <TrashButton action={trashPageAction} id={page.id} label="В корзину" subject={page.title} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
