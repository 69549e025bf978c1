import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { editablePage, parentOptions } from "@/lib/pages/newsroom-reads";
import { DeletePageForm } from "../_editor/DeletePageForm";
import { PageEditor } from "../_editor/PageEditor";
import { pageIdParam } from "../page-id";
import { trashPageAction } from "../../trash/actions";
import { TrashButton } from "../../trash/TrashButton";

export default async function EditPagePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const staff = await requireStaffPage();
  if (!can(staff.role, "pages.manage")) return <p role="alert">Страницами сайта управляют редакторы.</p>;
  const id = pageIdParam((await params).id);
  const page = id ? await editablePage(id) : null;
  if (!page) notFound();
  const [parents, { saved }] = await Promise.all([parentOptions(page.id), searchParams]);
  return (
    <section>
      <h1>Страница</h1>
      <p>
        <Link href="/admin/pages">Все страницы</Link>
      </p>
      {saved && <p className="form-message ok">Страница создана.</p>}
      <PageEditor page={page} parents={parents} canUpload={can(staff.role, "media.upload")} />
      <TrashButton action={trashPageAction} id={page.id} label="В корзину" />
      <DeletePageForm id={page.id} title={page.title} />
    </section>
  );
}
