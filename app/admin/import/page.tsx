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
        комментарии перенесутся, а старые ссылки будут вести на новые адреса. Изображения загружаются со старого сайта, пока он доступен, уже после текста; без
        доступа к нему перенесите их командой «npm run import:wordpress -- экспорт.xml --uploads копия-wp-content/uploads». Повторный импорт того же файла
        обновит записи, не создавая копий.
      </p>
      <ImportForm />
    </section>
  );
}
