"use client";
import Image from "@tiptap/extension-image";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useRef, useState } from "react";
import { uploadImage, srcsetOf } from "./upload-image";

/** Images carry srcset/sizes so the body serves the right width. */
const ResponsiveImage = Image.extend({
  addAttributes() {
    return { ...this.parent?.(), srcset: { default: null }, sizes: { default: null } };
  },
});

function ToolbarButton({ editor, label, title, active, run }: { editor: Editor; label: string; title: string; active?: boolean; run: (e: Editor) => void }) {
  return (
    <button type="button" title={title} aria-label={title} aria-pressed={active ?? false} onClick={() => run(editor)}>
      {label}
    </button>
  );
}

function Toolbar({ editor, onError }: { editor: Editor; onError: (message: string) => void }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
      link: e.isActive("link"),
    }),
  });
  const chain = (e: Editor) => e.chain().focus();
  const setLink = (e: Editor) => {
    const previous = e.getAttributes("link").href as string | undefined;
    const href = window.prompt("Адрес ссылки (пусто — убрать ссылку)", previous ?? "https://");
    if (href === null) return;
    if (href.trim() === "") chain(e).extendMarkRange("link").unsetLink().run();
    else chain(e).extendMarkRange("link").setLink({ href: href.trim() }).run();
  };
  const insertImage = async (file: File) => {
    const alt = window.prompt("Описание изображения (alt)", "") ?? "";
    const result = await uploadImage(file, alt);
    if ("error" in result) return onError(result.error);
    chain(editor)
      .setImage({ src: `/media/${result.key}/${result.widths.at(-1)}.webp`, alt })
      .updateAttributes("image", { srcset: srcsetOf(result), sizes: "(max-width: 760px) 100vw, 760px" })
      .run();
  };
  return (
    <div className="rich-text-toolbar" role="toolbar" aria-label="Форматирование">
      <ToolbarButton editor={editor} label="H2" title="Заголовок" active={state.h2} run={(e) => chain(e).toggleHeading({ level: 2 }).run()} />
      <ToolbarButton editor={editor} label="H3" title="Подзаголовок" active={state.h3} run={(e) => chain(e).toggleHeading({ level: 3 }).run()} />
      <ToolbarButton editor={editor} label="Ж" title="Полужирный" active={state.bold} run={(e) => chain(e).toggleBold().run()} />
      <ToolbarButton editor={editor} label="К" title="Курсив" active={state.italic} run={(e) => chain(e).toggleItalic().run()} />
      <ToolbarButton editor={editor} label="•" title="Маркированный список" active={state.bullet} run={(e) => chain(e).toggleBulletList().run()} />
      <ToolbarButton editor={editor} label="1." title="Нумерованный список" active={state.ordered} run={(e) => chain(e).toggleOrderedList().run()} />
      <ToolbarButton editor={editor} label="«»" title="Цитата" active={state.quote} run={(e) => chain(e).toggleBlockquote().run()} />
      <ToolbarButton editor={editor} label="🔗" title="Ссылка" active={state.link} run={setLink} />
      <ToolbarButton editor={editor} label="🖼" title="Изображение" run={() => fileInput.current?.click()} />
      <ToolbarButton editor={editor} label="↶" title="Отменить" run={(e) => chain(e).undo().run()} />
      <ToolbarButton editor={editor} label="↷" title="Повторить" run={(e) => chain(e).redo().run()} />
      <input
        ref={fileInput}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/avif"
        hidden
        data-testid="body-image-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void insertImage(file);
        }}
      />
    </div>
  );
}

/** Tiptap WYSIWYG; its HTML travels in a hidden field and is sanitized by the server on save. */
export function RichTextEditor({ name, initialHtml, onChange, describedBy }: { name: string; initialHtml: string; onChange: () => void; describedBy?: string }) {
  const [html, setHtml] = useState(initialHtml);
  const [error, setError] = useState("");
  const editor = useEditor({
    extensions: [
      StarterKit.configure({ heading: { levels: [2, 3, 4] }, link: { openOnClick: false, protocols: ["http", "https", "mailto"] } }),
      ResponsiveImage,
    ],
    content: initialHtml,
    immediatelyRender: false,
    editorProps: { attributes: { "aria-label": "Текст статьи", "aria-multiline": "true", role: "textbox", ...(describedBy ? { "aria-describedby": describedBy } : {}) } },
    onUpdate: ({ editor: e }) => {
      setHtml(e.getHTML());
      onChange();
    },
  });
  return (
    <div className="rich-text">
      {editor && <Toolbar editor={editor} onError={setError} />}
      <EditorContent editor={editor} />
      <input type="hidden" name={name} value={html} />
      {error && <p className="field-error" role="alert">{error}</p>}
    </div>
  );
}
