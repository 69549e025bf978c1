import { emptyArticle, filterOptions, translationDraft } from "@/lib/articles/newsroom-reads";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { ArticleEditor } from "../_editor/ArticleEditor";
import { activeStaffOptions } from "@/lib/articles/authorship";
import { articleIdParam } from "../[id]/article-id";

/** A new article; `?translationOf=<id>` starts the translation of that one (the editor's «Создать перевод»). */
export default async function NewArticlePage({ searchParams }: { searchParams: Promise<{ translationOf?: string }> }) {
  const staff = await requireStaffPage();
  const { categories } = await filterOptions();
  const originalId = articleIdParam((await searchParams).translationOf ?? "");
  const draft = originalId ? await translationDraft(staff.id, originalId) : null;
  const article = draft ?? emptyArticle(staff.id);
  return (
    <section>
      <h1>{draft ? "Перевод статьи" : "Новая статья"}</h1>
      <ArticleEditor
        article={article}
        categories={categories}
        canPublish={can(staff.role, "articles.publishOwn")}
        canUpload={can(staff.role, "media.upload")}
        staffOptions={can(staff.role, "articles.editOthers") ? await activeStaffOptions() : undefined}
        translation={draft && originalId ? { id: originalId, title: draft.title, language: draft.language === "ru" ? "kk" : "ru", role: "original" } : null}
      />
    </section>
  );
}
