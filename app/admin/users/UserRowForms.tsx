"use client";
import { useActionState } from "react";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { changeRoleAction, endUserSessionsAction, setDisabledAction } from "./actions";
import { IDLE } from "@/lib/actions/result";

type Props = { userId: number; role: Role; disabled: boolean; sessions: number };

export function UserRowForms({ userId, role, disabled, sessions }: Props) {
  const [roleState, roleAction] = useActionState(changeRoleAction, IDLE);
  const [toggleState, toggleAction] = useActionState(setDisabledAction, IDLE);
  const [sessionsState, sessionsAction] = useActionState(endUserSessionsAction, IDLE);
  const message = sessionsState.message ?? toggleState.message ?? roleState.message;
  return (
    <div className="admin-filters">
      <form action={roleAction}>
        <input type="hidden" name="userId" value={userId} />
        <select name="role" defaultValue={role} aria-label="Роль">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>{" "}
        <button type="submit" className="secondary">
          Сменить роль
        </button>
      </form>
      <form action={toggleAction}>
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="disabled" value={String(!disabled)} />
        <button type="submit" className={disabled ? "secondary" : "danger"}>
          {disabled ? "Включить" : "Отключить"}
        </button>
      </form>
      {sessions > 0 && !sessionsState.ok && (
        <form action={sessionsAction}>
          <input type="hidden" name="userId" value={userId} />
          <button type="submit" className="secondary">
            Завершить сеансы ({sessions})
          </button>
        </form>
      )}
      {message && (
        <p role="status" className="form-message">
          {message}
        </p>
      )}
    </div>
  );
}
