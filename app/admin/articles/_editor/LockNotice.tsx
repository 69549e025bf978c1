"use client";
import Link from "next/link";

/** Someone else has the article open: the editor is covered until the user takes it over or leaves. */
export function LockNotice({ holder, takenOver, onTakeOver }: { holder: string; takenOver: boolean; onTakeOver: () => void }) {
  return (
    <div className="edit-lock-overlay">
      <div role="alertdialog" aria-modal="true" aria-labelledby="edit-lock-title" className="edit-lock-dialog">
        <p id="edit-lock-title">
          <strong>{takenOver ? `${holder} перехватил(а) редактирование` : `Статью редактирует ${holder}`}</strong>
        </p>
        <p>
          {takenOver
            ? "Ваши несохранённые изменения сохранены как автосохранение."
            : "Если перехватить редактирование, несохранённые изменения другого сотрудника не попадут в статью."}
        </p>
        <button type="button" onClick={onTakeOver}>
          Перехватить
        </button>{" "}
        <Link href="/admin/articles">Назад к списку</Link>
      </div>
    </div>
  );
}
