"use client";
import { useActionState } from "react";
import { srcsetOf } from "../articles/_editor/upload-image";
import { deleteMediaAction, setAltAction } from "./actions";
import { IDLE } from "@/lib/actions/result";

type Item = { id: number; key: string; alt: string; widths: number[]; usage: number; name: string };

export function MediaItem({ item, canDelete }: { item: Item; canDelete: boolean }) {
  const [altState, altAction] = useActionState(setAltAction, IDLE);
  const [deleteState, deleteAction] = useActionState(deleteMediaAction, IDLE);
  if (deleteState.ok) return null;
  return (
    <li className="media-item">
      <img src={`/media/${item.key}/${item.widths[0]}.webp`} srcSet={srcsetOf(item)} sizes="12rem" alt={item.alt} loading="lazy" />
      <small>
        {item.name || item.key} · {item.usage ? `используется: ${item.usage}` : "не используется"}
      </small>
      <form action={altAction}>
        <input type="hidden" name="id" value={item.id} />
        <input type="text" name="alt" defaultValue={item.alt} aria-label="Описание (alt)" />
        <button type="submit" className="secondary">
          Сохранить
        </button>
      </form>
      {canDelete && item.usage === 0 && (
        <form action={deleteAction}>
          <input type="hidden" name="id" value={item.id} />
          <button type="submit" className="danger">
            Удалить
          </button>
        </form>
      )}
      <p className="form-message" aria-live="polite">
        {altState.message ?? deleteState.message}
      </p>
    </li>
  );
}
