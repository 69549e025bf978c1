import Link from "next/link";
import { z } from "zod";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { filterOptions, listArticles, STATUS_LABELS } from "@/lib/articles/newsroom-reads";
import { formatAdminDate } from "@/lib/format/newsroom-date";
import { Pager } from "../_components/Pager";

const filters = z.object({
  status: z.enum(["DRAFT", "PENDING", "SCHEDULED", "PUBLISHED"]).optional().catch(undefined),
  category: z.coerce.number().int().positive().optional().catch(undefined),
  author: z.coerce.number().int().positive().optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().positive().default(1).catch(1),
});

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaffPage();
  const f = filters.parse(await searchParams);
  const [{ rows, total, totalPages }, options] = await Promise.all([
    listArticles(staff, { status: f.status, categoryId: f.category, authorId: f.author, q: f.q || undefined, page: f.page }),
    filterOptions(),
  ]);
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ status: f.status, category: f.category, author: f.author, q: f.q })) if (v) params.set(k, String(v));
    params.set("page", String(page));
    return `/admin/articles?${params}`;
  };
  return (
    <section>
      <h1>Статьи</h1>
      <form className="admin-filters" method="get">
        <label>
          Статус{" "}
          <select name="status" defaultValue={f.status ?? ""}>
            <option value="">все</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
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
      <p>Найдено: {total}</p>
      <table>
        <thead>
          <tr>
            <th>Заголовок</th>
            <th>Статус</th>
            <th>Рубрика</th>
            <th>Автор</th>
            <th>Дата</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <td>
                <Link href={`/admin/articles/${a.id}`}>{a.title}</Link>
                {" · "}
                <Link href={`/admin/articles/${a.id}/preview`}>просмотр</Link>
              </td>
              <td>{STATUS_LABELS[a.status]}</td>
              <td>{a.category.name}</td>
              <td>{a.author.name}</td>
              <td>{formatAdminDate(a.publishedAt ?? a.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={f.page} hasNext={f.page < totalPages} href={pageHref} totalPages={totalPages} />
    </section>
  );
}
