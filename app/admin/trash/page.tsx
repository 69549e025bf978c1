import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { STATUS_LABELS } from "@/lib/articles/newsroom-reads";
import { listTrashedArticles } from "@/lib/articles/trash";
import { formatAdminDate } from "@/lib/format/newsroom-date";
import { PAGE_STATUS_LABELS } from "@/lib/pages/newsroom-reads";
import { listTrashedPages } from "@/lib/pages/trash";
import { purgeArticleAction, purgePageAction, restoreArticleAction, restorePageAction } from "./actions";
import { TrashButton } from "./TrashButton";

const NOTICES: Record<string, string> = { moved: "Перемещено в корзину.", restored: "Восстановлено.", purged: "Удалено навсегда." };

export default async function TrashPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const staff = await requireStaffPage();
  const managesPages = can(staff.role, "pages.manage");
  const [articles, pages, params] = await Promise.all([listTrashedArticles(staff), managesPages ? listTrashedPages() : [], searchParams]);
  const notice = Object.keys(NOTICES).find((key) => params[key]);
  return (
    <section>
      <h1>Корзина</h1>
      <p>Статьи и страницы в корзине не видны читателям и через 30 дней удаляются навсегда.</p>
      {notice && <p className="form-message ok">{NOTICES[notice]}</p>}
      <h2>Статьи</h2>
      {articles.length === 0 ? (
        <p>Статей в корзине нет.</p>
      ) : (
        <table data-testid="trashed-articles">
          <thead>
            <tr>
              <th>Заголовок</th>
              <th>Автор</th>
              <th>Была</th>
              <th>В корзине с</th>
              <th>Действия</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((a) => (
              <tr key={a.id}>
                <td>{a.title}</td>
                <td>{a.author.name}</td>
                <td>{a.trashedStatus ? STATUS_LABELS[a.trashedStatus] : "—"}</td>
                <td>{formatAdminDate(a.deletedAt!)}</td>
                <td className="trash-actions">
                  <TrashButton action={restoreArticleAction} id={a.id} label="Восстановить" subject={a.title} />
                  <TrashButton action={purgeArticleAction} id={a.id} label="Удалить навсегда" subject={a.title} className="danger" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {managesPages && (
        <>
          <h2>Страницы</h2>
          {pages.length === 0 ? (
            <p>Страниц в корзине нет.</p>
          ) : (
            <table data-testid="trashed-pages">
              <thead>
                <tr>
                  <th>Заголовок</th>
                  <th>Адрес</th>
                  <th>Была</th>
                  <th>В корзине с</th>
                  <th>Действия</th>
                </tr>
              </thead>
              <tbody>
                {pages.map((p) => (
                  <tr key={p.id}>
                    <td>{p.title}</td>
                    <td>/{p.slug}</td>
                    <td>{p.trashedStatus ? PAGE_STATUS_LABELS[p.trashedStatus] : "—"}</td>
                    <td>{formatAdminDate(p.deletedAt!)}</td>
                    <td className="trash-actions">
                      <TrashButton action={restorePageAction} id={p.id} label="Восстановить" subject={p.title} />
                      <TrashButton action={purgePageAction} id={p.id} label="Удалить навсегда" subject={p.title} className="danger" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
