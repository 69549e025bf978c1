import Link from "next/link";
import { notFound } from "next/navigation";
import { editableArticle, filterOptions } from "@/lib/articles/newsroom-reads";
import { canEditArticle, canPublishArticle } from "@/lib/articles/permissions";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { ArticleEditor } from "../_editor/ArticleEditor";
import { activeStaffOptions } from "@/lib/articles/authorship";
import { breakingUntilLocal } from "@/lib/breaking/newsroom-reads";
import { editingState, withAutosave } from "@/lib/articles/editing-state";
import { canTrashArticle } from "@/lib/articles/trash";
import { formatAdminDate } from "@/lib/format/newsroom-date";
import { trashArticleAction } from "../../trash/actions";
import { TrashButton } from "../../trash/TrashButton";
import { articleIdParam } from "./article-id";
import { readTranslationLink } from "@/lib/articles/translations";
import { readSiteEditions } from "@/lib/editions/reads";
import { inEdition } from "@/lib/editions/editions";

export default async function EditArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; restored?: string; autosave?: string }>;
}) {
  const staff = await requireStaffPage();
  const id = articleIdParam((await params).id);
  const article = id ? await editableArticle(id) : null;
  if (!article) notFound();
  if (!canEditArticle(staff, article)) return <p role="alert">У вас нет прав изменять эту статью.</p>;
  const editing = await editingState(staff.id, article.id!);
  if (!editing) notFound();
  if (editing.trashed) {
    return (
      <p role="alert">
        Статья в корзине. <Link href="/admin/trash">Открыть корзину</Link>
      </p>
    );
  }
  const { categories } = await filterOptions();
  const { saved, restored, autosave } = await searchParams;
  const onSite = inEdition(`/${article.slug}`, article.language, await readSiteEditions());
  const fromAutosave = autosave === "1" && editing.autosave ? await withAutosave(article, editing.autosave) : null;
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
            <a href={onSite}>На сайте</a>
          </>
        )}
      </p>
      {canTrashArticle(staff, article) && <TrashButton action={trashArticleAction} id={article.id!} label="В корзину" />}
      {editing.autosave && !fromAutosave && (
        <p className="form-message" data-testid="autosave-offer">
          Есть автосохранение от {formatAdminDate(editing.autosave.createdAt)} —{" "}
          <Link href={`/admin/articles/${article.id}?autosave=1`}>Восстановить автосохранение</Link>
        </p>
      )}
      {saved && <p className="form-message ok">Статья сохранена.</p>}
      {restored && <p className="form-message ok">Редакция восстановлена.</p>}
      <ArticleEditor
        key={fromAutosave ? `autosave-${editing.autosave!.id}` : "saved"}
        article={fromAutosave ?? article}
        safety={{ version: editing.version, restored: fromAutosave !== null }}
        categories={categories}
        canPublish={canPublishArticle(staff, article)}
        canUpload={can(staff.role, "media.upload")}
        staffOptions={can(staff.role, "articles.editOthers") ? await activeStaffOptions() : undefined}
        breakingUntil={await breakingUntilLocal(article.id!)}
        translation={await readTranslationLink(article.id!)}
      />
    </section>
  );
}
