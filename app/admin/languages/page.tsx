import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { readSiteEditions } from "@/lib/editions/reads";
import { LanguagesForm } from "./LanguagesForm";

export default async function LanguagesPage() {
  const staff = await requireStaffPage();
  if (!can(staff.role, "settings.manage")) return <p role="alert">Языками сайта управляют администраторы.</p>;
  return (
    <section>
      <h1>Языки сайта</h1>
      <p>
        Русская и казахская версии сайта. Основной язык открывается по адресу «/», второй — по «/kk/» (или «/ru/»). Статья выходит в версии своего языка;
        перевод связывается со статьёй в редакторе, в поле «Перевод».
      </p>
      <LanguagesForm editions={await readSiteEditions()} />
    </section>
  );
}
