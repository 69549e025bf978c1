import { auditDetails, describeAudit } from "../audit/phrases";
import { formatAdminDate } from "@/lib/format/newsroom-date";

type Entry = { id: number; action: string; subject: string; details: unknown; createdAt: Date; user: { name: string } | null };

/** Audit lines in words: «Иван Петров опубликовал(а) статью «…»», with the status change beside. */
export function AuditTable({ entries }: { entries: Entry[] }) {
  if (entries.length === 0) return <p>Записей пока нет.</p>;
  return (
    <table className="audit-table">
      <thead>
        <tr>
          <th>Когда</th>
          <th>Что произошло</th>
          <th>Подробности</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td>{formatAdminDate(e.createdAt)}</td>
            <td>{describeAudit({ action: e.action, subject: e.subject, details: e.details, userName: e.user?.name ?? null })}</td>
            <td>{auditDetails(e.action, e.details)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
