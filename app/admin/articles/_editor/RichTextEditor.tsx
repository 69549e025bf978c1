"use client";
import Image from "@tiptap/extension-image";
import { TableKit } from "@tiptap/extension-table";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useState } from "react";
import { parseEmbedUrl } from "@/lib/embeds/parse-url";
import { EmbedNode, EmbedPaste } from "./embed-node";
import { Figure } from "./figure-node";
import { GalleryNode } from "./gallery-node";
import { GalleryPicker } from "./GalleryPicker";
import { MediaPicker, type PickedImage } from "./MediaPicker";
import { TableTools } from "./TableTools";
import { srcsetOf } from "./upload-image";

const BODY_IMAGE_SIZES = "(max-width: 760px) 100vw, 760px";

type Props = { name: string; initialHtml: string; canInsertImages: boolean; onChange: () => void; describedBy?: string };

/** Bare images (older articles, pasted HTML) keep their srcset/sizes. */
const ResponsiveImage = Image.extend({
  addAttributes() {
    return { ...this.parent?.(), srcset: { default: null }, sizes: { default: null } };
  },
});

/**
 * A label of words or numbers («H2», «1.») is the button's name, as seen, with the title as its
 * description; a symbol («Ж», «↶») is named by the title.
 */
function accessibleName(label: string, title: string): string | undefined {
  return label.length > 1 && /[\p{L}\p{N}]/u.test(label) && !title.includes(label) ? undefined : title;
}

function ToolbarButton({ editor, label, title, active, run }: { editor: Editor; label: string; title: string; active?: boolean; run: (e: Editor) => void }) {
  return (
    <button type="button" title={title} aria-label={accessibleName(label, title)} aria-pressed={active ?? false} onClick={() => run(editor)}>
      {label}
    </button>
  );
}

function Toolbar({ editor, canInsertImages }: { editor: Editor; canInsertImages: boolean }) {
  const [picking, setPicking] = useState<"image" | "gallery" | null>(null);
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
  const insertEmbed = (e: Editor) => {
    const url = window.prompt("Адрес видео или поста: YouTube, VK Видео, Telegram, X (Twitter), Instagram", "https://");
    if (url === null || url.trim() === "" || url.trim() === "https://") return;
    const embed = parseEmbedUrl(url);
    if (embed) chain(e).insertEmbed(embed).run();
    else window.alert("Этот адрес не распознан как видео или пост YouTube, VK Видео, Telegram, X или Instagram. Вставьте его обычной ссылкой.");
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
      {canInsertImages && <ToolbarButton editor={editor} label="Изображение" title="Изображение" run={() => setPicking("image")} />}
      {canInsertImages && <ToolbarButton editor={editor} label="Галерея" title="Галерея" run={() => setPicking("gallery")} />}
      <ToolbarButton editor={editor} label="Вставить видео/пост" title="Вставить видео/пост" run={insertEmbed} />
      <TableTools editor={editor} />
      <ToolbarButton editor={editor} label="↶" title="Отменить" run={(e) => chain(e).undo().run()} />
      <ToolbarButton editor={editor} label="↷" title="Повторить" run={(e) => chain(e).redo().run()} />
      {picking === "image" && <MediaPicker title="Изображение в тексте" withCaption onPick={insertImage} onClose={() => setPicking(null)} />}
      {picking === "gallery" && <GalleryPicker onInsert={(images) => chain(editor).insertGallery(images).run()} onClose={() => setPicking(null)} />}
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
      EmbedNode,
      EmbedPaste,
      GalleryNode,
      TableKit.configure({ table: { resizable: false } }),
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
