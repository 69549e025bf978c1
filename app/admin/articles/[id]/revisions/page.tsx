import Link from "next/link";
import { notFound } from "next/navigation";
import { readArticleForRevisions, STATUS_LABELS } from "@/lib/articles/newsroom-reads";
import { formatAdminDate } from "@/lib/format/newsroom-date";
import { diffLines, htmlToLines } from "@/lib/articles/diff";
import { canEditArticle } from "@/lib/articles/permissions";
import { getRevision, listRevisions } from "@/lib/articles/revisions";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { restoreRevisionAction } from "../../_editor/actions";
import { articleIdParam } from "../article-id";

export default async function RevisionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ compare?: string }> }) {
  const staff = await requireStaffPage();
  const id = articleIdParam((await params).id);
  const article = id ? await readArticleForRevisions(id) : null;
  if (!article || !canEditArticle(staff, article)) notFound();
  const revisions = await listRevisions(article.id);
  const compareId = articleIdParam((await searchParams).compare ?? "");
  const compared = compareId ? await getRevision(compareId) : null;
  const diff =
    compared && compared.articleId === article.id
      ? diffLines([compared.title, compared.lead, ...htmlToLines(compared.bodyHtml)], [article.title, article.lead, ...htmlToLines(article.bodyHtml)])
      : null;
  return (
    <section>
      <h1>Редакции: {article.title}</h1>
      <p>
        <Link href={`/admin/articles/${article.id}`}>← К статье</Link>
      </p>
      <table>
        <thead>
          <tr>
            <th>Когда</th>
            <th>Кто</th>
            <th>Заголовок</th>
            <th>Статус</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => (
            <tr key={r.id}>
              <td>{formatAdminDate(r.createdAt)}</td>
              <td>{r.user?.name ?? "—"}</td>
              <td>{r.title}</td>
              <td>{STATUS_LABELS[r.status]}</td>
              <td>
                <Link href={`/admin/articles/${article.id}/revisions?compare=${r.id}`}>Сравнить с текущей</Link>
                <form action={restoreRevisionAction}>
                  <input type="hidden" name="revisionId" value={r.id} />
                  <button type="submit" className="secondary">
                    Восстановить
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {diff && (
        <div className="revision-diff" aria-label="Различия">
          <h2>Редакция от {formatAdminDate(compared!.createdAt)} → текущая</h2>
          {diff.map((line, i) => (
            <p key={i} className={line.kind === "added" ? "diff-ins" : line.kind === "removed" ? "diff-del" : undefined}>
              {line.kind === "added" ? "+ " : line.kind === "removed" ? "− " : ""}
              {line.text}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
