import { z } from "zod";
import { listMedia } from "@/lib/media/library";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { MediaItem } from "./MediaItem";
import { UploadForm } from "./UploadForm";
import { Pager } from "../_components/Pager";

const params = z.object({ page: z.coerce.number().int().positive().catch(1), q: z.string().max(200).catch("") });

export default async function MediaPage({ searchParams }: { searchParams: Promise<{ page?: string; q?: string }> }) {
  const staff = await requireStaffPage();
  if (!can(staff.role, "media.upload")) return <p role="alert">Медиатека доступна авторам и редакторам.</p>;
  const { page, q } = params.parse(await searchParams);
  const items = await listMedia(page, q);
  return (
    <section>
      <h1>Медиатека</h1>
      <UploadForm />
      <form role="search" method="get" className="admin-filters">
        <input type="search" name="q" defaultValue={q} aria-label="Поиск по медиатеке" placeholder="Описание или имя файла" />
        <button type="submit" className="secondary">
          Найти
        </button>
      </form>
      {items.length === 0 && <p>{q ? "Ничего не найдено." : "В медиатеке пока нет изображений."}</p>}
      <ul className="media-grid">
        {items.map((m) => (
          <MediaItem
            key={m.id}
            item={{ id: m.id, key: m.key, alt: m.alt, widths: m.widths, usage: m.usage, name: m.originalName }}
            canDelete={can(staff.role, "articles.editOthers")}
          />
        ))}
      </ul>
      <Pager page={page} hasNext={items.length === 40} href={(p) => `/admin/media?${new URLSearchParams({ page: String(p), q })}`} />
    </section>
  );
}
