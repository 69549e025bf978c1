import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { readBranding } from "@/lib/branding/read-branding";
import { BrandingForm } from "./BrandingForm";

export default async function BrandingPage() {
  const staff = await requireStaffPage();
  if (!can(staff.role, "settings.manage")) return <p role="alert">Оформлением и реквизитами управляют администраторы.</p>;
  const branding = await readBranding();
  return (
    <section>
      <h1>Оформление и реквизиты</h1>
      <p>
        Название, логотипы и значок сайта, ссылки на соцсети, контакты и строки подвала. Название и описание видны также в RSS и в данных для поисковиков; из
        значка делаются favicon и иконки для телефонов.
      </p>
      <BrandingForm branding={branding} canUpload={can(staff.role, "media.upload")} />
    </section>
  );
}
