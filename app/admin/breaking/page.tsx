import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { listBreaking } from "@/lib/breaking/newsroom-reads";
import { formatAdminDate } from "@/lib/format/newsroom-date";
import { BreakingRowForms } from "./BreakingRowForms";

export default async function BreakingPage() {
  const staff = await requireStaffPage();
  const rows = await listBreaking(staff);
  return (
    <section>
      <h1>«Срочно»</h1>
      <p>Статьи с отметкой «Срочно»; в бегущей строке — три самые новые из опубликованных. Время — Алматы.</p>
      {rows.length === 0 ? (
        <p>Сейчас ничего не отмечено «Срочно». Отметить статью можно в её редакторе.</p>
      ) : (
        <table data-testid="breaking-list">
          <thead>
            <tr>
              <th>Статья</th>
              <th>В бегущей строке</th>
              <th>Срочно до</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link href={`/admin/articles/${r.id}`}>{r.title}</Link>
                </td>
                <td>{r.inTicker ? "да" : "нет"}</td>
                <td>{formatAdminDate(r.until)}</td>
                <td>{r.canChange ? <BreakingRowForms articleId={r.id} untilLocal={r.untilLocal} /> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
