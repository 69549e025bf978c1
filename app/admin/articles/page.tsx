import Link from "next/link";
import { z } from "zod";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { ARTICLE_SORTS, filterOptions, listArticles, statusCounts, STATUS_LABELS } from "@/lib/articles/newsroom-reads";
import { decodeReport } from "@/lib/articles/bulk-report";
import { formatAdminDate } from "@/lib/format/newsroom-date";
import { Pager } from "../_components/Pager";
import { bulkArticlesAction } from "./actions";
import { SelectAll } from "./SelectAll";
import { LANGUAGE_NAMES, LANGUAGE_SHORT, LANGUAGES } from "@/lib/i18n/languages";

const filters = z.object({
  status: z.enum(["DRAFT", "PENDING", "SCHEDULED", "PUBLISHED"]).optional().catch(undefined),
  category: z.coerce.number().int().positive().optional().catch(undefined),
  author: z.coerce.number().int().positive().optional().catch(undefined),
  language: z.enum(LANGUAGES).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(ARTICLE_SORTS).optional().catch(undefined),
  page: z.coerce.number().int().positive().default(1).catch(1),
  bulk: z.string().max(60).optional().catch(undefined),
});

const TABS = [
  ["ALL", "Все"],
  ["PUBLISHED", "Опубликованные"],
  ["DRAFT", "Черновики"],
  ["PENDING", "На проверке"],
  ["SCHEDULED", "Запланированные"],
] as const;

const BULK_NOTES: Record<string, string> = { none: "Отметьте статьи, к которым применить действие.", invalid: "Выберите действие и, для переноса, рубрику." };

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaffPage();
  const f = filters.parse(await searchParams);
  const scope = { categoryId: f.category, authorId: f.author, q: f.q || undefined, language: f.language };
  const [{ rows, total, totalPages }, counts, options] = await Promise.all([
    listArticles(staff, { ...scope, status: f.status, sort: f.sort, page: f.page }),
    statusCounts(staff, scope),
    filterOptions(),
  ]);
  const href = (change: Partial<Record<"status" | "sort" | "page", string | undefined>>) => {
    const params = new URLSearchParams();
    const next = { status: f.status, category: f.category, author: f.author, language: f.language, q: f.q, sort: f.sort, page: undefined, ...change };
    for (const [k, v] of Object.entries(next)) if (v) params.set(k, String(v));
    const query = params.toString();
    return query ? `/admin/articles?${query}` : "/admin/articles";
  };
  const here = href({ page: f.page > 1 ? String(f.page) : undefined });
  const publishedSort = f.sort === "published-desc" ? "published-asc" : "published-desc";
  const bulkMessage = f.bulk ? (decodeReport(f.bulk) ?? BULK_NOTES[f.bulk]) : undefined;
  return (
    <section>
      <h1>Статьи</h1>
      <nav className="admin-tabs" aria-label="Статусы">
        {TABS.map(([status, label]) => (
          <Link
            key={status}
            href={href({ status: status === "ALL" ? undefined : status })}
            aria-current={(f.status ?? "ALL") === status ? "page" : undefined}
            data-testid={`status-${status}`}
          >
            {label} ({counts[status]})
          </Link>
        ))}
      </nav>
      <form className="admin-filters" method="get">
        {f.status && <input type="hidden" name="status" value={f.status} />}
        {f.sort && <input type="hidden" name="sort" value={f.sort} />}
        <label>
          Язык{" "}
          <select name="language" defaultValue={f.language ?? ""}>
            <option value="">все</option>
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {LANGUAGE_NAMES[language]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Рубрика{" "}
          <select name="category" defaultValue={f.category ?? ""}>
            <option value="">все</option>
            {options.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Автор{" "}
          <select name="author" defaultValue={f.author ?? ""}>
            <option value="">все</option>
            {options.authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Заголовок <input type="search" name="q" defaultValue={f.q ?? ""} />
        </label>
        <button type="submit">Показать</button>
      </form>
      {bulkMessage && (
        <p role="status" className="form-message ok">
          {bulkMessage}
        </p>
      )}
      <form action={bulkArticlesAction}>
        <input type="hidden" name="back" value={here} />
        <div className="admin-filters">
          <label>
            С отмеченными{" "}
            <select name="op" defaultValue="publish">
              <option value="publish">Опубликовать</option>
              <option value="draft">В черновики</option>
              <option value="category">Сменить основную рубрику</option>
              <option value="trash">В корзину</option>
            </select>
          </label>
          <label>
            Рубрика (для переноса){" "}
            <select name="categoryId" defaultValue="">
              <option value="">—</option>
              {options.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="secondary">
            Применить
          </button>
        </div>
        <p>Найдено: {total}</p>
        <table>
          <thead>
            <tr>
              <th>
                <SelectAll />
              </th>
              <th>Заголовок</th>
              <th>Статус</th>
              <th>Рубрика</th>
              <th>Автор</th>
              <th>
                <Link href={href({ sort: publishedSort })} title="Сортировать по времени публикации">
                  Опубликована {f.sort === "published-desc" ? "↓" : f.sort === "published-asc" ? "↑" : "↕"}
                </Link>
              </th>
              <th title="Просмотры читателей за 30 дней">Просмотры</th>
              <th title="Одобренные комментарии">Комм.</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id}>
                <td>
                  <input type="checkbox" name="ids" value={a.id} aria-label={`Отметить «${a.title}»`} />
                </td>
                <td>
                  <Link href={`/admin/articles/${a.id}`}>{a.title}</Link>{" "}
                  {a.language !== "ru" && (
                    <span className="badge" lang={a.language} title={LANGUAGE_NAMES[a.language]}>
                      {LANGUAGE_SHORT[a.language]}
                    </span>
                  )}
                  {" · "}
                  <Link href={`/admin/articles/${a.id}/preview`}>просмотр</Link>
                </td>
                <td>{STATUS_LABELS[a.status]}</td>
                <td>{a.category.name}</td>
                <td>{a.author.name}</td>
                <td>{a.publishedAt ? formatAdminDate(a.publishedAt) : `изм. ${formatAdminDate(a.updatedAt)}`}</td>
                <td>{a.views}</td>
                <td>{a.comments}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </form>
      <Pager page={f.page} hasNext={f.page < totalPages} href={(page) => href({ page: String(page) })} totalPages={totalPages} />
    </section>
  );
}
