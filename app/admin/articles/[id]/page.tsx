import Link from "next/link";
import { notFound } from "next/navigation";
import { editableArticle, filterOptions } from "@/lib/articles/newsroom-reads";
import { canEditArticle, canPublishArticle } from "@/lib/articles/permissions";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { ArticleEditor } from "../_editor/ArticleEditor";
import { articleIdParam } from "./article-id";

export default async function EditArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; restored?: string }>;
}) {
  const staff = await requireStaffPage();
  const id = articleIdParam((await params).id);
  const article = id ? await editableArticle(id) : null;
  if (!article) notFound();
  if (!canEditArticle(staff, article)) return <p role="alert">У вас нет прав изменять эту статью.</p>;
  const { categories } = await filterOptions();
  const { saved, restored } = await searchParams;
  return (
    <section>
      <h1>Статья</h1>
      <p>
        <Link href={`/admin/articles/${article.id}/preview`}>Предпросмотр</Link>
        {" · "}
        <Link href={`/admin/articles/${article.id}/revisions`}>Редакции</Link>
        {article.status === "PUBLISHED" && (
          <>
            {" · "}
            <a href={`/${article.slug}`}>На сайте</a>
          </>
        )}
      </p>
      {saved && <p className="form-message ok">Статья сохранена.</p>}
      {restored && <p className="form-message ok">Редакция восстановлена.</p>}
      <ArticleEditor article={article} categories={categories} canPublish={canPublishArticle(staff, article)} canUpload={can(staff.role, "media.upload")} />
    </section>
  );
}
