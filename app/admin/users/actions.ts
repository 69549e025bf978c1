"use server";
import { z } from "zod";
import { staffAction } from "@/lib/actions/define-action";
import { fail, failField, fromOutcome, succeed } from "@/lib/actions/result";
import { changeRole, createUser, endUserSessions, newUser, roleChange, setDisabled } from "@/lib/auth/users";
import { invalidateAfterWrite } from "@/lib/edge/invalidate";

const userRef = z.object({ userId: z.coerce.number().int().positive() });

export const createUserAction = staffAction("users.manage", newUser, async (staff, input) => {
  const result = await createUser(staff, input);
  if (!result.ok) return failField(result.field, result.message);
  await invalidateAfterWrite({ t: "User" });
  return succeed(`Пользователь ${input.email} создан.`);
});

export const changeRoleAction = staffAction("users.manage", roleChange, async (staff, input) => fromOutcome(await changeRole(staff, input.userId, input.role)));

/** Answers with the account's new state, which the row shows at once (no reload). */
export const setDisabledAction = staffAction("users.manage", userRef.extend({ disabled: z.enum(["true", "false"]) }), async (staff, input) => {
  const disabled = input.disabled === "true";
  const outcome = await setDisabled(staff, input.userId, disabled);
  return outcome.ok ? succeed(outcome.message, { disabled }) : fail(outcome.message);
});

export const endUserSessionsAction = staffAction("users.manage", userRef, async (staff, input) => fromOutcome(await endUserSessions(staff, input.userId)));
