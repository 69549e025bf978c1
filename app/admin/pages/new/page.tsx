import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { EMPTY_PAGE, parentOptions } from "@/lib/pages/newsroom-reads";
import { PageEditor } from "../_editor/PageEditor";

export default async function NewPagePage() {
  const staff = await requireStaffPage();
  if (!can(staff.role, "pages.manage")) return <p role="alert">Страницами сайта управляют редакторы.</p>;
  return (
    <section>
      <h1>Новая страница</h1>
      <PageEditor page={EMPTY_PAGE} parents={await parentOptions(null)} canUpload={can(staff.role, "media.upload")} />
    </section>
  );
}
