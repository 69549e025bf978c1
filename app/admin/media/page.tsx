import { z } from "zod";
import { listMedia } from "@/lib/admin/media";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { MediaItem } from "./MediaItem";
import { UploadForm } from "./UploadForm";
import { Pager } from "../_components/Pager";

export default async function MediaPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const staff = await requireStaffPage();
  if (!can(staff.role, "media.upload")) return <p role="alert">Медиатека доступна авторам и редакторам.</p>;
  const page = z.coerce.number().int().positive().catch(1).parse((await searchParams).page);
  const items = await listMedia(page);
  return (
    <section>
      <h1>Медиатека</h1>
      <UploadForm />
      <ul className="media-grid">
        {items.map((m) => (
          <MediaItem key={m.id} item={{ id: m.id, key: m.key, alt: m.alt, widths: m.widths, usage: m.usage, name: m.originalName }} canDelete={can(staff.role, "articles.editOthers")} />
        ))}
      </ul>
      <Pager page={page} hasNext={items.length === 40} href={(p) => `/admin/media?page=${p}`} />
    </section>
  );
}
