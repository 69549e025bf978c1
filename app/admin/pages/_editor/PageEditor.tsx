"use client";
import { useActionState, useState, useTransition, type FormEvent } from "react";
import { IDLE } from "@/lib/actions/result";
import type { EditablePage } from "@/lib/pages/newsroom-reads";
import { FieldError } from "../../_components/FieldError";
import { RichTextEditor } from "../../articles/_editor/RichTextEditor";
import { useUnsavedChangesWarning } from "../../articles/_editor/use-unsaved-changes";
import { savePageAction } from "../actions";
import { LANGUAGE_NAMES, LANGUAGES } from "@/lib/i18n/languages";

type Props = { page: EditablePage; parents: { id: number; title: string }[]; canUpload: boolean };

export function PageEditor({ page, parents, canUpload }: Props) {
  const [state, action] = useActionState(savePageAction, IDLE);
  const [pending, startTransition] = useTransition();
  const [dirty, setDirty] = useState(false);
  const markDirty = () => setDirty(true);
  useUnsavedChangesWarning(dirty && !pending);
  const [handled, setHandled] = useState(state);
  if (handled !== state) {
    setHandled(state);
    if (state.ok) setDirty(false);
  }
  const err = (field: string) => state.fieldErrors?.[field];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setDirty(false);
    startTransition(() => action(data));
  };

  return (
    <form className="editor-layout admin-form" onSubmit={submit} onInput={markDirty} noValidate>
      <div className="editor-main admin-form">
        {page.id && <input type="hidden" name="id" value={page.id} />}
        <label htmlFor="title">Заголовок</label>
        <input id="title" name="title" type="text" defaultValue={page.title} aria-describedby="title-error" aria-invalid={!!err("title")} />
        <FieldError id="title-error" errors={err("title")} />
        <label htmlFor="slug">Адрес (slug)</label>
        <input
          id="slug"
          name="slug"
          type="text"
          defaultValue={page.slug}
          placeholder="создаётся из заголовка"
          aria-describedby="slug-error"
          aria-invalid={!!err("slug")}
        />
        <FieldError id="slug-error" errors={err("slug")} />
        <span className="field-label" id="body-label">
          Текст
        </span>
        <RichTextEditor name="bodyHtml" initialHtml={page.bodyHtml} canInsertImages={canUpload} onChange={markDirty} describedBy="body-error" />
        <FieldError id="body-error" errors={err("bodyHtml")} />
      </div>
      <aside className="editor-side">
        <label htmlFor="status">Статус</label>
        <select id="status" name="status" defaultValue={page.status} aria-describedby="status-error">
          <option value="DRAFT">Черновик</option>
          <option value="PUBLISHED">Опубликована</option>
        </select>
        <FieldError id="status-error" errors={err("status")} />
        <label htmlFor="parentId">Родительская страница</label>
        <select id="parentId" name="parentId" defaultValue={page.parentId ?? ""} aria-describedby="parentId-error">
          <option value="">— верхний уровень —</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
        <FieldError id="parentId-error" errors={err("parentId")} />
        <label htmlFor="language">Язык</label>
        <select id="language" name="language" defaultValue={page.language}>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
        <label htmlFor="position">Порядок (меньше — раньше)</label>
        <input id="position" name="position" type="number" min={0} max={10000} defaultValue={page.position} aria-describedby="position-error" />
        <FieldError id="position-error" errors={err("position")} />
        <p role="status" className={state.ok ? "form-message ok" : "form-message"}>
          {pending ? "Сохранение…" : state.message}
        </p>
        <button type="submit" disabled={pending}>
          Сохранить
        </button>
      </aside>
    </form>
  );
}
