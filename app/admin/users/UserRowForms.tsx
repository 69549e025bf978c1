"use client";
import { useActionState } from "react";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { changeRoleAction, setDisabledAction } from "./actions";

export function UserRowForms({ userId, role, disabled }: { userId: number; role: Role; disabled: boolean }) {
  const [roleState, roleAction] = useActionState(changeRoleAction, {});
  const [toggleState, toggleAction] = useActionState(setDisabledAction, {});
  const message = toggleState.message ?? roleState.message;
  return (
    <div className="admin-filters">
      <form action={roleAction}>
        <input type="hidden" name="userId" value={userId} />
        <select name="role" defaultValue={role} aria-label="Роль">
          {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
        </select>{" "}
        <button type="submit" className="secondary">Сменить роль</button>
      </form>
      <form action={toggleAction}>
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="disabled" value={String(!disabled)} />
        <button type="submit" className={disabled ? "secondary" : "danger"}>{disabled ? "Включить" : "Отключить"}</button>
      </form>
      {message && <p role="status" className="form-message">{message}</p>}
    </div>
  );
}
