import Link from "next/link";
import { z } from "zod";
import { COMMENT_STATUS_LABELS, COMMENT_STATUSES, commentCounts, commentKeys, listComments } from "@/lib/comments/newsroom";
import { formatAdminDate } from "@/lib/format/newsroom-date";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { moderateAction } from "./actions";
import { CommentKeysForm } from "./CommentKeysForm";
import { RowActions } from "./RowActions";
import { Pager } from "../_components/Pager";
import { MailNotConfigured } from "../_components/MailNotConfigured";

const query = z.object({
  status: z.enum(COMMENT_STATUSES).catch("PENDING"),
  page: z.coerce.number().int().positive().catch(1),
});

export default async function CommentsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const staff = await requireStaffPage();
  if (!can(staff.role, "comments.moderate")) return <p role="alert">Модерация комментариев доступна редакторам.</p>;
  const { status, page } = query.parse(await searchParams);
  const [counts, comments, keys] = await Promise.all([commentCounts(), listComments(status, page), can(staff.role, "settings.manage") ? commentKeys() : null]);
  const back = `/admin/comments?status=${status}&page=${page}`;
  return (
    <section>
      <h1>Комментарии</h1>
      <MailNotConfigured />
      <nav className="admin-tabs" aria-label="Статусы">
        {COMMENT_STATUSES.map((s) => (
          <Link key={s} href={`/admin/comments?status=${s}`} aria-current={s === status ? "page" : undefined}>
            {COMMENT_STATUS_LABELS[s]} (<span data-testid={`count-${s}`}>{counts[s]}</span>)
          </Link>
        ))}
      </nav>
      <form id="bulk" action={moderateAction} className="admin-filters">
        <input type="hidden" name="back" value={back} />
        <label>
          С отмеченными{" "}
          <select name="op" defaultValue="approve">
            <option value="approve">Одобрить</option>
            <option value="unapprove">Отклонить (на проверку)</option>
            <option value="spam">Пометить как спам</option>
            <option value="trash">В корзину</option>
            {(status === "SPAM" || status === "TRASH") && <option value="delete">Удалить навсегда</option>}
          </select>
        </label>
        <button type="submit">Применить</button>
      </form>
      <table>
        <thead>
          <tr>
            <th />
            <th>Автор</th>
            <th>Комментарий</th>
            <th>К статье</th>
            <th>Дата</th>
          </tr>
        </thead>
        <tbody>
          {comments.map((c) => (
            <tr key={c.id} data-comment-id={c.id}>
              <td>
                <input type="checkbox" name="ids" value={c.id} form="bulk" aria-label={`Выбрать комментарий ${c.id}`} />
              </td>
              <td>
                <strong>{c.authorName}</strong>
                {c.user && <> (сотрудник)</>}
                <br />
                {c.authorEmail}
                {c.authorUrl && (
                  <>
                    <br />
                    {c.authorUrl}
                  </>
                )}
                <br />
                <small>{c.authorIp}</small>
              </td>
              <td>
                <p className="comment-text">{c.content}</p>
                <RowActions id={c.id} status={c.status} back={back} />
              </td>
              <td>
                <Link href={`/admin/articles/${c.article.id}`}>{c.article.title}</Link>
              </td>
              <td>{formatAdminDate(c.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {comments.length === 0 && <p>Комментариев нет.</p>}
      <Pager page={page} hasNext={comments.length === 30} href={(p) => `/admin/comments?status=${status}&page=${p}`} />
      {keys && <CommentKeysForm moderation={keys.moderation} disallowed={keys.disallowed} />}
    </section>
  );
}
