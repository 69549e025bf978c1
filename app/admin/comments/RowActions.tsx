import Link from "next/link";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { moderateAction } from "./actions";

const BUTTONS: Record<CommentStatus, [string, string][]> = {
  PENDING: [
    ["approve", "Одобрить"],
    ["spam", "Спам"],
    ["trash", "В корзину"],
  ],
  APPROVED: [
    ["unapprove", "Отклонить"],
    ["spam", "Спам"],
    ["trash", "В корзину"],
  ],
  SPAM: [
    ["unapprove", "Не спам"],
    ["delete", "Удалить навсегда"],
  ],
  TRASH: [
    ["unapprove", "Восстановить"],
    ["delete", "Удалить навсегда"],
  ],
};

/** One small form a button: works without JavaScript and posts the same action as the bulk form. */
export function RowActions({ id, status, back }: { id: number; status: CommentStatus; back: string }) {
  return (
    <div className="row-actions">
      {BUTTONS[status].map(([action, label]) => (
        <form key={action} action={moderateAction} style={{ display: "inline" }}>
          <input type="hidden" name="ids" value={id} />
          <input type="hidden" name="op" value={action} />
          <input type="hidden" name="back" value={back} />
          <button type="submit" className={action === "delete" ? "danger" : "secondary"}>
            {label}
          </button>
        </form>
      ))}
      <Link href={`/admin/comments/${id}`}>Изменить / ответить</Link>
    </div>
  );
}
