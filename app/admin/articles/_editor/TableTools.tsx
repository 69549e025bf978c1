"use client";
import { useEditorState, type Editor } from "@tiptap/react";

const TABLE_COMMANDS: { label: string; title: string; run: (e: Editor) => boolean }[] = [
  { label: "+ строка", title: "Добавить строку ниже", run: (e) => e.chain().focus().addRowAfter().run() },
  { label: "− строка", title: "Удалить строку", run: (e) => e.chain().focus().deleteRow().run() },
  { label: "+ столбец", title: "Добавить столбец справа", run: (e) => e.chain().focus().addColumnAfter().run() },
  { label: "− столбец", title: "Удалить столбец", run: (e) => e.chain().focus().deleteColumn().run() },
  { label: "Удалить таблицу", title: "Удалить таблицу", run: (e) => e.chain().focus().deleteTable().run() },
];

/** «Таблица» inserts a 3×3 table with a header row; inside a table, rows and columns are added and removed. */
export function TableTools({ editor }: { editor: Editor }) {
  const inTable = useEditorState({ editor, selector: ({ editor: e }) => e.isActive("table") });
  if (!inTable) {
    return (
      <button
        type="button"
        title="Вставить таблицу 3×3"
        aria-label="Таблица: вставить 3×3"
        onClick={() => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
      >
        Таблица
      </button>
    );
  }
  return (
    <span className="rich-text-table-tools" role="group" aria-label="Таблица">
      {TABLE_COMMANDS.map(({ label, title, run }) => (
        <button key={label} type="button" title={title} aria-label={title} onClick={() => run(editor)}>
          {label}
        </button>
      ))}
    </span>
  );
}
