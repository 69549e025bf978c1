"use client";
import { useActionState, useState, useTransition, type FormEvent } from "react";
import type { EditableArticle } from "@/lib/articles/newsroom-reads";
import { FieldError } from "../../_components/FieldError";
import { TimeZoneHint } from "../../_components/TimeZoneHint";
import { IDLE } from "@/lib/actions/result";
import { saveArticleAction } from "./actions";
import { CategoryPicker, type CategoryOption } from "./CategoryPicker";
import { CoverField } from "./CoverField";
import { AuthorFields, type StaffOption } from "./AuthorFields";
import { BreakingField } from "./BreakingField";
import { SeoFields } from "./SeoFields";
import { RichTextEditor } from "./RichTextEditor";
import { SafeEditing, type SafeEditingProps } from "./SafeEditing";
import { LanguageFields } from "./LanguageFields";
import type { TranslationLink } from "@/lib/articles/translations";
import { useUnsavedChangesWarning } from "./use-unsaved-changes";

type Props = {
  article: EditableArticle;
  categories: CategoryOption[];
  canPublish: boolean;
  canUpload: boolean;
  /** Editors only: who may be named author or co-author. */
  staffOptions?: StaffOption[];
  /** «Срочно до» as saved, for those who may publish the article. */
  breakingUntil?: string;
  /** Autosave, the edit lock and the version check (app/admin/articles/_editor/SafeEditing.tsx). */
  safety?: SafeEditingProps;
  /** The other side of its translation link, if any. */
  translation?: TranslationLink | null;
};

export function ArticleEditor({ article, categories, canPublish, canUpload, staffOptions, breakingUntil, safety, translation = null }: Props) {
  const [state, action] = useActionState(saveArticleAction, IDLE);
  const [pending, startTransition] = useTransition();
  const [dirty, setDirty] = useState(false);
  const markDirty = () => setDirty(true);
  useUnsavedChangesWarning(dirty && !pending);
  // A saved form is no longer dirty: adjusted while rendering the new result, not in an effect.
  const [handled, setHandled] = useState(state);
  if (handled !== state) {
    setHandled(state);
    if (state.ok) setDirty(false);
  }
  const err = (field: string) => state.fieldErrors?.[field];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    data.set("intent", submitter?.value ?? "draft");
    setDirty(false);
    startTransition(() => action(data));
  };

  const status = (state.ok ? state.status : undefined) ?? article.status;
  return (
    <form className="editor-layout admin-form" onSubmit={submit} onInput={markDirty} noValidate>
      <div className="editor-main admin-form">
        {article.id && <input type="hidden" name="id" value={article.id} />}
        <SafeEditing articleId={article.id} version={safety?.version ?? 0} restored={safety?.restored} dirty={dirty} result={state} />
        <label htmlFor="title">Заголовок</label>
        <input id="title" name="title" type="text" defaultValue={article.title} aria-describedby="title-error" aria-invalid={!!err("title")} />
        <FieldError id="title-error" errors={err("title")} />
        <label htmlFor="slug">Адрес (slug)</label>
        <input
          id="slug"
          name="slug"
          type="text"
          defaultValue={article.slug}
          placeholder="создаётся из заголовка"
          aria-describedby="slug-error"
          aria-invalid={!!err("slug")}
        />
        <FieldError id="slug-error" errors={err("slug")} />
        <label htmlFor="lead">Лид</label>
        <textarea id="lead" name="lead" rows={3} defaultValue={article.lead} aria-describedby="lead-error" />
        <FieldError id="lead-error" errors={err("lead")} />
        <span className="field-label" id="body-label">
          Текст
        </span>
        <RichTextEditor name="bodyHtml" initialHtml={article.bodyHtml} canInsertImages={canUpload} onChange={markDirty} describedBy="body-error" />
        <FieldError id="body-error" errors={err("bodyHtml")} />
      </div>
      <aside className="editor-side">
        <p>
          Статус: <strong data-testid="article-status">{STATUS[status] ?? status}</strong>
        </p>
        <LanguageFields article={article} link={translation} errors={err("translationOfId")} />
        <CategoryPicker
          categories={categories}
          initialIds={article.categoryIds}
          initialPrimary={article.categoryId}
          errors={{ primary: err("categoryId"), all: err("categoryIds") }}
          onChange={markDirty}
        />
        <label htmlFor="tags">Метки (через запятую)</label>
        <input id="tags" name="tags" type="text" defaultValue={article.tags} aria-describedby="tags-error" />
        <FieldError id="tags-error" errors={err("tags")} />
        <CoverField article={article} canUpload={canUpload} errors={err("coverId")} onChange={markDirty} />
        {staffOptions && <AuthorFields article={article} staff={staffOptions} errors={err} />}
        {article.id && canPublish && breakingUntil !== undefined && <BreakingField articleId={article.id} initialUntil={breakingUntil} />}
        <SeoFields article={article} canUpload={canUpload} errors={err} onChange={markDirty} />
        <label>
          <input type="checkbox" name="mustRead" defaultChecked={article.mustRead} /> «Должен прочитать»
        </label>
        <label htmlFor="publishedAt">Время публикации</label>
        <input
          id="publishedAt"
          name="publishedAt"
          type="datetime-local"
          defaultValue={article.publishedAt}
          aria-describedby="publishedAt-zone publishedAt-error"
        />
        <TimeZoneHint id="publishedAt-zone" />
        <FieldError id="publishedAt-error" errors={err("publishedAt")} />
        <p role="status" className={state.ok ? "form-message ok" : "form-message"}>
          {pending ? "Сохранение…" : state.message}
        </p>
        <button type="submit" name="intent" value="draft" className="secondary" disabled={pending}>
          Сохранить черновик
        </button>
        <button type="submit" name="intent" value="pending" className="secondary" disabled={pending}>
          На проверку
        </button>
        {canPublish && (
          <button type="submit" name="intent" value="publish" disabled={pending}>
            Опубликовать / запланировать
          </button>
        )}
      </aside>
    </form>
  );
}

const STATUS: Record<string, string> = { DRAFT: "Черновик", PENDING: "На проверке", SCHEDULED: "Запланирована", PUBLISHED: "Опубликована" };
