import { formatAdminDate } from "@/lib/format/newsroom-date";
import { auditEntries } from "@/lib/auth/users";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";

export default async function AuditPage() {
  const staff = await requireStaffPage();
  if (!can(staff.role, "audit.view")) return <p role="alert">Журнал доступен администраторам.</p>;
  const entries = await auditEntries();
  return (
    <section>
      <h1>Журнал действий</h1>
      <table>
        <thead>
          <tr>
            <th>Когда</th>
            <th>Кто</th>
            <th>Действие</th>
            <th>Объект</th>
            <th>Подробности</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{formatAdminDate(e.createdAt)}</td>
              <td>{e.user?.name ?? "система"}</td>
              <td>{e.action}</td>
              <td>{e.subject}</td>
              <td>
                <code>{JSON.stringify(e.details)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
