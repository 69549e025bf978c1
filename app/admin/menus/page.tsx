import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { editableMenus } from "@/lib/menus/newsroom-reads";
import { MenuSection } from "./_components/MenuSection";
import { menuScreenMessage } from "./screen-url";

export default async function MenusPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const staff = await requireStaffPage();
  if (!can(staff.role, "menus.manage")) return <p role="alert">Меню сайта управляют редакторы.</p>;
  const [{ menus, options }, { status }] = await Promise.all([editableMenus(), searchParams]);
  const message = menuScreenMessage(status);
  return (
    <section>
      <h1>Меню</h1>
      <p>
        Меню в шапке и два меню в подвале сайта. Пункт ведёт на рубрику, страницу или любой адрес; пункты можно вложить в пункт верхнего уровня — на сайте они
        откроются выпадающим списком. Изменения видны читателям сразу.
      </p>
      {message && (
        <p role="status" className={message.ok ? "form-message ok" : "form-message"}>
          {message.text}
        </p>
      )}
      {menus.map((menu) => (
        <MenuSection key={menu.location} menu={menu} options={options} />
      ))}
    </section>
  );
}
