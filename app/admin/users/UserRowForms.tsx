"use client";
import { useActionState, useState } from "react";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { changeRoleAction, endUserSessionsAction, setDisabledAction } from "./actions";
import { IDLE } from "@/lib/actions/result";

type Props = { userId: number; role: Role; disabled: boolean; canSignIn: boolean; sessions: number };

/** The state words of a row: what the account is now, after the last «Отключить»/«Включить» if any. */
export function accountState(disabled: boolean, canSignIn: boolean): string {
  return disabled ? "отключён" : canSignIn ? "активен" : "без пароля";
}

export function UserRowForms({ userId, role, disabled: disabledAtRender, canSignIn, sessions }: Props) {
  const [roleState, roleAction] = useActionState(changeRoleAction, IDLE);
  const [toggleState, toggleAction] = useActionState(setDisabledAction, IDLE);
  const [sessionsState, sessionsAction] = useActionState(endUserSessionsAction, IDLE);
  // The last state the server confirmed; a refused toggle leaves it as it was (adjusted while rendering).
  const [known, setKnown] = useState({ after: toggleState, disabled: disabledAtRender });
  if (known.after !== toggleState) setKnown({ after: toggleState, disabled: toggleState.ok ? toggleState.disabled : known.disabled });
  const disabled = known.disabled;
  const message = sessionsState.message || toggleState.message || roleState.message;
  return (
    <div className="admin-filters">
      <span data-testid={`user-state-${userId}`}>{accountState(disabled, canSignIn)}</span>
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
      {sessions > 0 && !sessionsState.ok && !(disabled && !disabledAtRender) && (
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
