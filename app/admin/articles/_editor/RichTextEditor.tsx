"use client";
import Image from "@tiptap/extension-image";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useState } from "react";
import { Figure } from "./figure-node";
import { MediaPicker, type PickedImage } from "./MediaPicker";
import { srcsetOf } from "./upload-image";

const BODY_IMAGE_SIZES = "(max-width: 760px) 100vw, 760px";

type Props = { name: string; initialHtml: string; canInsertImages: boolean; onChange: () => void; describedBy?: string };

/** Bare images (older articles, pasted HTML) keep their srcset/sizes. */
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

function Toolbar({ editor, canInsertImages }: { editor: Editor; canInsertImages: boolean }) {
  const [picking, setPicking] = useState(false);
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
  const insertImage = ({ image, alt, caption }: PickedImage) => {
    const src = `/media/${image.key}/${image.widths.at(-1)}.webp`;
    const attributes = { src, srcset: srcsetOf(image), sizes: BODY_IMAGE_SIZES, alt, width: image.width, height: image.height };
    chain(editor).insertFigure(attributes, caption).run();
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
      <ToolbarButton editor={editor} label="Ссылка" title="Ссылка" active={state.link} run={setLink} />
      {canInsertImages && <ToolbarButton editor={editor} label="Изображение" title="Изображение" run={() => setPicking(true)} />}
      <ToolbarButton editor={editor} label="↶" title="Отменить" run={(e) => chain(e).undo().run()} />
      <ToolbarButton editor={editor} label="↷" title="Повторить" run={(e) => chain(e).redo().run()} />
      {picking && <MediaPicker title="Изображение в тексте" withCaption onPick={insertImage} onClose={() => setPicking(false)} />}
    </div>
  );
}

/** Tiptap WYSIWYG; its HTML travels in a hidden field and is sanitized by the server on save. */
export function RichTextEditor({ name, initialHtml, canInsertImages, onChange, describedBy }: Props) {
  const [html, setHtml] = useState(initialHtml);
  const editor = useEditor({
    extensions: [
      StarterKit.configure({ heading: { levels: [2, 3, 4] }, link: { openOnClick: false, protocols: ["http", "https", "mailto"] } }),
      ResponsiveImage,
      Figure,
    ],
    content: initialHtml,
    immediatelyRender: false,
    editorProps: {
      attributes: { "aria-label": "Текст статьи", "aria-multiline": "true", role: "textbox", ...(describedBy ? { "aria-describedby": describedBy } : {}) },
    },
    onUpdate: ({ editor: e }) => {
      setHtml(e.getHTML());
      onChange();
    },
  });
  return (
    <div className="rich-text">
      {editor && <Toolbar editor={editor} canInsertImages={canInsertImages} />}
      <EditorContent editor={editor} />
      <input type="hidden" name={name} value={html} />
    </div>
  );
}
