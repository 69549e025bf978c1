"use client";
import type { SaveConflict } from "@/lib/articles/edit-guard";

/** Their saved version against the form's, after a save was refused over theirs. */
export function ConflictDiff({ conflict, onOverwrite }: { conflict: SaveConflict; onOverwrite: () => void }) {
  const changedBody = conflict.body.some((line) => line.kind !== "same");
  return (
    <section className="save-conflict" aria-labelledby="save-conflict-title" data-testid="save-conflict">
      <h2 id="save-conflict-title">Изменения {conflict.savedBy} и ваши</h2>
      {conflict.fields.map((f) => (
        <p key={f.label}>
          <strong>{f.label}:</strong> <del>{f.theirs}</del> → <ins>{f.yours}</ins>
        </p>
      ))}
      {changedBody ? (
        <div className="revision-diff" aria-label="Различия">
          {conflict.body.map((line, i) => (
            <p key={i} className={line.kind === "added" ? "diff-ins" : line.kind === "removed" ? "diff-del" : undefined}>
              {line.kind === "added" ? "+ " : line.kind === "removed" ? "− " : ""}
              {line.text}
            </p>
          ))}
        </div>
      ) : (
        <p>Текст статьи совпадает.</p>
      )}
      <p>«−» — сохранённый текст {conflict.savedBy}, «+» — ваш. Перенесите нужное в форму или сохраните свою версию поверх.</p>
      <button type="button" className="secondary" onClick={onOverwrite}>
        Сохранять мою версию поверх
      </button>
    </section>
  );
}
