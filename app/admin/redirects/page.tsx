import { z } from "zod";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { formatAdminDate } from "@/lib/format/newsroom-date";
import { MAX_ADDRESS_LENGTH } from "@/lib/redirects/redirect-input";
import { listRedirects, REDIRECT_SOURCE_LABELS } from "@/lib/redirects/newsroom-reads";
import { Pager } from "../_components/Pager";
import { NewRedirectForm } from "./NewRedirectForm";
import { RedirectRow } from "./RedirectRow";

const filters = z.object({
  q: z.string().trim().max(MAX_ADDRESS_LENGTH).optional().catch(undefined),
  page: z.coerce.number().int().positive().max(100_000).default(1).catch(1),
});

function readable(address: string): string {
  try {
    return decodeURI(address);
  } catch {
    return address;
  }
}

export default async function RedirectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaffPage();
  if (!can(staff.role, "redirects.manage")) return <p role="alert">Перенаправлениями управляют редакторы.</p>;
  const f = filters.parse(await searchParams);
  const list = await listRedirects(f.page, f.q ?? "");
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (f.q) params.set("q", f.q);
    params.set("page", String(page));
    return `/admin/redirects?${params}`;
  };
  return (
    <section>
      <h1>Перенаправления</h1>
      <p>
        Старые адреса, которые отвечают постоянным перенаправлением (301) на новые; изменения действуют сразу. Адреса WordPress вида /feed/, /page/2/,
        /category/рубрика/подрубрика/ сайт понимает сам.
      </p>
      <NewRedirectForm />
      <form className="admin-filters" method="get" role="search">
        <label>
          Поиск по адресу <input type="search" name="q" defaultValue={f.q ?? ""} />
        </label>
        <button type="submit" className="secondary">
          Найти
        </button>
      </form>
      <p>{f.q ? `Найдено: ${list.total}` : `Всего: ${list.total}`}</p>
      {list.items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>Старый адрес</th>
              <th>Новый адрес</th>
              <th>Источник</th>
              <th>Добавлено</th>
              <th>Удаление</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((r, index) => (
              <RedirectRow
                key={r.from}
                index={index}
                redirect={{
                  from: r.from,
                  shownTo: readable(r.to),
                  source: REDIRECT_SOURCE_LABELS[r.source] ?? r.source,
                  created: formatAdminDate(r.createdAt),
                }}
              />
            ))}
          </tbody>
        </table>
      )}
      <Pager page={list.page} totalPages={list.totalPages} hasNext={list.page < list.totalPages} href={pageHref} />
    </section>
  );
}
