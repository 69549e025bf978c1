import Link from "next/link";
import { currentStaff } from "@/lib/auth/current-staff";
import { can, type Capability } from "@/lib/auth/roles";
import { signOut } from "./actions";
import { SiteMenu } from "./SiteMenu";
import { staffBadge } from "./staff-badge";

const SITE_LINKS: [href: string, label: string, capability: Capability][] = [
  ["/admin/home", "Главная страница", "home.manage"],
  ["/admin/menus", "Меню", "menus.manage"],
  ["/admin/redirects", "Перенаправления", "redirects.manage"],
  ["/admin/ads", "Реклама", "ads.manage"],
  ["/admin/branding", "Оформление", "settings.manage"],
  ["/admin/languages", "Языки сайта", "settings.manage"],
  ["/admin/users", "Пользователи", "users.manage"],
  ["/admin/audit", "Журнал", "audit.view"],
  ["/admin/import", "Импорт из WordPress", "settings.manage"],
];

export async function AdminNav() {
  const staff = await currentStaff();
  if (!staff)
    return (
      <nav className="admin-nav">
        <strong>Вестник · Редакция</strong>
      </nav>
    );
  const siteLinks = SITE_LINKS.filter(([, , capability]) => can(staff.role, capability));
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
      <Link href="/admin/trash">Корзина</Link>
      {siteLinks.length > 0 && <SiteMenu links={siteLinks.map(([href, label]) => [href, label])} />}
      <Link href="/admin/profile" className="admin-nav-user" title="Профиль и сеансы">
        {staffBadge(staff.name, staff.role)}
      </Link>
      <form action={signOut}>
        <button type="submit">Выйти</button>
      </form>
    </nav>
  );
}
