import { listUsers } from "@/lib/auth/users";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can, ROLE_LABELS } from "@/lib/auth/roles";
import { NewUserForm } from "./NewUserForm";
import { UserRowForms } from "./UserRowForms";

export default async function UsersPage() {
  const staff = await requireStaffPage();
  if (!can(staff.role, "users.manage")) return <p role="alert">Пользователями управляют администраторы.</p>;
  const users = await listUsers();
  return (
    <section>
      <h1>Пользователи</h1>
      <table>
        <thead>
          <tr>
            <th>Имя</th>
            <th>Email</th>
            <th>Роль</th>
            <th>Статей</th>
            <th>Состояние</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>{ROLE_LABELS[u.role]}</td>
              <td>{u._count.articles}</td>
              <td>
                <UserRowForms userId={u.id} role={u.role} disabled={u.disabledAt !== null} canSignIn={u.canSignIn} sessions={u._count.sessions} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <NewUserForm />
    </section>
  );
}
