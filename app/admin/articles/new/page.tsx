import { emptyArticle, filterOptions } from "@/lib/articles/newsroom-reads";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { ArticleEditor } from "../_editor/ArticleEditor";
import { activeStaffOptions } from "@/lib/articles/authorship";

export default async function NewArticlePage() {
  const staff = await requireStaffPage();
  const { categories } = await filterOptions();
  return (
    <section>
      <h1>Новая статья</h1>
      <ArticleEditor
        article={emptyArticle(staff.id)}
        categories={categories}
        canPublish={can(staff.role, "articles.publishOwn")}
        canUpload={can(staff.role, "media.upload")}
        staffOptions={can(staff.role, "articles.editOthers") ? await activeStaffOptions() : undefined}
      />
    </section>
  );
}
