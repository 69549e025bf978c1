import Link from "next/link";
import { currentStaff } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { signOut } from "./actions";
import { staffBadge } from "./staff-badge";

export async function AdminNav() {
  const staff = await currentStaff();
  if (!staff)
    return (
      <nav className="admin-nav">
        <strong>Вестник · Редакция</strong>
      </nav>
    );
  return (
    <nav className="admin-nav" aria-label="Редакция">
      <Link href="/admin" className="admin-nav-home">
        Вестник · Редакция
      </Link>
      <Link href="/admin/articles">Статьи</Link>
      <Link href="/admin/articles/new">Новая статья</Link>
      {can(staff.role, "articles.publishOwn") && <Link href="/admin/breaking">«Срочно»</Link>}
      {can(staff.role, "comments.moderate") && <Link href="/admin/comments">Комментарии</Link>}
      {can(staff.role, "media.upload") && <Link href="/admin/media">Медиа</Link>}
      {can(staff.role, "taxonomy.manage") && <Link href="/admin/taxonomy">Рубрики и метки</Link>}
      {can(staff.role, "pages.manage") && <Link href="/admin/pages">Страницы</Link>}
      {can(staff.role, "menus.manage") && <Link href="/admin/menus">Меню</Link>}
      {can(staff.role, "home.manage") && <Link href="/admin/home">Главная страница</Link>}
      {can(staff.role, "redirects.manage") && <Link href="/admin/redirects">Перенаправления</Link>}
      {can(staff.role, "ads.manage") && <Link href="/admin/ads">Реклама</Link>}
      {can(staff.role, "users.manage") && <Link href="/admin/users">Пользователи</Link>}
      <Link href="/admin/trash">Корзина</Link>
      {can(staff.role, "audit.view") && <Link href="/admin/audit">Журнал</Link>}
      {can(staff.role, "settings.manage") && <Link href="/admin/branding">Оформление</Link>}
      {can(staff.role, "settings.manage") && <Link href="/admin/import">Импорт из WordPress</Link>}
      <Link href="/admin/profile" className="admin-nav-user" title="Профиль и сеансы">
        {staffBadge(staff.name, staff.role)}
      </Link>
      <form action={signOut}>
        <button type="submit">Выйти</button>
      </form>
    </nav>
  );
}
