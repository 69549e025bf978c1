import { redirect } from "next/navigation";
import { currentStaff } from "@/lib/auth/current-staff";
import { LoginForm } from "./LoginForm";

export default async function LoginPage() {
  if (await currentStaff()) redirect("/admin/articles");
  return (
    <section className="admin-login">
      <h1>Вход в редакцию</h1>
      <LoginForm />
    </section>
  );
}
