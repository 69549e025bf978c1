import Link from "next/link";
import { STATUS_LABELS } from "@/lib/articles/status-labels";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { auditEntries } from "@/lib/auth/users";
import { dashboardCounts, recentArticles } from "@/lib/dashboard/reads";
import { env } from "@/lib/env";
import { formatAdminDate } from "@/lib/format/newsroom-date";
import { AuditTable } from "./_components/AuditTable";

export default async function DashboardPage() {
  const staff = await requireStaffPage();
  const mine = !can(staff.role, "articles.editOthers");
  const [counts, recent, audit] = await Promise.all([
    dashboardCounts(staff, env().SITE_TIMEZONE),
    recentArticles(staff),
    can(staff.role, "audit.view") ? auditEntries(10) : null,
  ]);
  return (
    <section className="dashboard">
      <h1>Обзор</h1>
      <ul className="dashboard-counts">
        {counts.pendingComments !== null && (
          <li>
            <Link href="/admin/comments?status=PENDING">
              Комментарии на проверке: <strong data-testid="count-pending-comments">{counts.pendingComments}</strong>
            </Link>
          </li>
        )}
        <li>
          <Link href="/admin/articles?status=PENDING">
            {mine ? "Ваши статьи на проверке" : "Статьи на проверке"}: <strong data-testid="count-pending-articles">{counts.pendingArticles}</strong>
          </Link>
        </li>
        <li>
          <Link href="/admin/articles?status=SCHEDULED&sort=published-asc">
            {mine ? "Ваши статьи, запланированные на сегодня" : "Запланировано на сегодня"}:{" "}
            <strong data-testid="count-scheduled-today">{counts.scheduledToday}</strong>
          </Link>
        </li>
      </ul>
      <h2>{mine ? "Ваши последние статьи" : "Последние статьи"}</h2>
      <table>
        <thead>
          <tr>
            <th>Заголовок</th>
            <th>Статус</th>
            <th>Изменена</th>
            <th title="Просмотры читателей за сегодня и вчера (сутки по UTC)">Просмотры за сегодня и вчера</th>
          </tr>
        </thead>
        <tbody>
          {recent.map((a) => (
            <tr key={a.id}>
              <td>
                <Link href={`/admin/articles/${a.id}`}>{a.title}</Link>
                {!mine && <small> · {a.author.name}</small>}
              </td>
              <td>{STATUS_LABELS[a.status]}</td>
              <td>{formatAdminDate(a.updatedAt)}</td>
              <td>{a.recentViews}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link href="/admin/articles">Все статьи →</Link>
      </p>
      {audit && (
        <>
          <h2>Последние действия</h2>
          <AuditTable entries={audit} />
          <p>
            <Link href="/admin/audit">Весь журнал →</Link>
          </p>
        </>
      )}
    </section>
  );
}
