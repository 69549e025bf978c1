import { listCategories, listTags } from "@/lib/taxonomy/writes";
import { inTreeOrder } from "@/lib/taxonomy/hierarchy";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { createTagAction, saveCategoryAction } from "./actions";
import { CategoryRow } from "./CategoryForms";
import { NewTermForm } from "./NewTermForm";
import { TagRow } from "./TagRow";

export default async function TaxonomyPage() {
  const staff = await requireStaffPage();
  if (!can(staff.role, "taxonomy.manage")) return <p role="alert">Рубриками и метками управляют редакторы.</p>;
  const [categories, tags] = await Promise.all([listCategories(), listTags()]);
  const categoryOptions = categories.map((c) => ({ id: c.id, name: c.name }));
  const tagOptions = tags.map((t) => ({ id: t.id, name: t.name }));
  return (
    <section>
      <h1>Рубрики и метки</h1>
      <h2>Рубрики</h2>
      <table>
        <thead>
          <tr>
            <th>Название</th>
            <th>Адрес</th>
            <th>Внутри рубрики</th>
            <th>Статей</th>
            <th>Порядок и удаление</th>
            <th>Қазақша (название и адрес)</th>
          </tr>
        </thead>
        <tbody>
          {inTreeOrder(categories).map((c) => (
            <CategoryRow
              key={c.id}
              category={{
                id: c.id,
                name: c.name,
                slug: c.slug,
                kkName: c.kkName,
                kkSlug: c.kkSlug,
                count: c._count.memberships,
                parentId: c.parentId,
                depth: c.depth,
              }}
              others={categoryOptions.filter((o) => o.id !== c.id)}
            />
          ))}
        </tbody>
      </table>
      <NewTermForm label="Новая рубрика" action={saveCategoryAction} />
      <h2>Метки</h2>
      <NewTermForm label="Новая метка" action={createTagAction} />
      <table>
        <thead>
          <tr>
            <th>Название</th>
            <th>Адрес</th>
            <th>Статей</th>
            <th>Удаление</th>
          </tr>
        </thead>
        <tbody>
          {tags.map((t) => (
            <TagRow key={t.id} tag={{ id: t.id, name: t.name, slug: t.slug, count: t._count.articles }} others={tagOptions.filter((o) => o.id !== t.id)} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
