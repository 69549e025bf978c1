"use client";
import { useActionState } from "react";
import { RenameTermCell } from "./RenameTermCell";
import { deleteTagAction, renameTagAction } from "./actions";
import { IDLE } from "@/lib/actions/result";

type Option = { id: number; name: string };

export function TagRow({ tag, others }: { tag: Option & { slug: string; count: number }; others: Option[] }) {
  const [renameState, rename] = useActionState(renameTagAction, IDLE);
  const [deleteState, remove] = useActionState(deleteTagAction, IDLE);
  if (deleteState.ok) return null;
  return (
    <tr>
      <RenameTermCell term={tag} label="Название метки" errorId={`tag-${tag.id}-error`} action={rename} state={renameState} />
      <td>{tag.slug}</td>
      <td>{tag.count}</td>
      <td>
        <form action={remove} className="admin-filters">
          <input type="hidden" name="id" value={tag.id} />
          <label>
            Статьи{" "}
            <select name="mergeIntoId" defaultValue="">
              <option value="">просто снять метку</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  перевести в «{o.name}»
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="danger">
            Удалить
          </button>
        </form>
        {(deleteState.message ?? renameState.message) && (
          <p role="status" className="form-message">
            {deleteState.message ?? renameState.message}
          </p>
        )}
      </td>
    </tr>
  );
}
