import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { readHomeLayout } from "@/lib/home/reads";
import { pinCandidates } from "@/lib/home/writes";
import { getCategories } from "@/lib/taxonomy/reads";
import { HomeLayoutForm } from "./HomeLayoutForm";

export default async function HomeLayoutPage() {
  const staff = await requireStaffPage();
  if (!can(staff.role, "home.manage")) return <p role="alert">Главную страницу настраивают редакторы.</p>;
  const [layout, categories, candidates] = await Promise.all([readHomeLayout(), getCategories(), pinCandidates()]);
  return (
    <section>
      <h1>Главная страница</h1>
      <HomeLayoutForm layout={layout} categories={categories.map(({ id, name }) => ({ id, name }))} candidates={candidates} />
    </section>
  );
}
