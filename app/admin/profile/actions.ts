"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "@/lib/actions/define-action";
import { fail, failField, succeed, type ActionResult } from "@/lib/actions/result";
import { changeOwnPassword, endOtherSessions, endOwnSession, passwordChange, type ProfileResult } from "@/lib/auth/profile";
import { SESSION_COOKIE } from "@/lib/auth/sessions";

function toResult(result: ProfileResult): ActionResult {
  if (result.ok) return succeed(result.message);
  return result.field ? { ...failField(result.field, result.message), message: result.message } : fail(result.message);
}

/** The caller's own session token: a signed-in caller has one, so its absence means a session ended mid-request. */
async function ownToken(): Promise<string> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) redirect("/admin/login");
  return token;
}

export const changePasswordAction = staffAction("newsroom", passwordChange, async (staff, input) =>
  toResult(await changeOwnPassword(staff, input, await ownToken())),
);

export const endSessionAction = staffAction(
  "newsroom",
  z.object({ sessionId: z.string().min(1).max(100) }),
  async (staff, input) => toResult(await endOwnSession(staff, input.sessionId)),
  {
    invalid: "Сеанс не найден.",
  },
);

export const endOtherSessionsAction = staffAction("newsroom", z.object({}), async (staff) => toResult(await endOtherSessions(staff, await ownToken())));
