import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { ImportForm } from "./ImportForm";

export default async function ImportPage() {
  const staff = await requireStaffPage();
  if (!can(staff.role, "settings.manage")) return <p role="alert">Импорт доступен администраторам.</p>;
  return (
    <section>
      <h1>Импорт из WordPress</h1>
      <p>
        В WordPress откройте «Инструменты → Экспорт», выберите «Всё содержимое» и скачайте файл. Загрузите его здесь: авторы, рубрики, метки, записи и
        комментарии перенесутся, а старые ссылки будут вести на новые адреса. Повторный импорт того же файла обновит записи, не создавая копий.
      </p>
      <ImportForm />
    </section>
  );
}
