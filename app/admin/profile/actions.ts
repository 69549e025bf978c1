"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "@/lib/actions/define-action";
import { fail, failField, succeed, type ActionResult } from "@/lib/actions/result";
import { changeOwnPassword, endOtherSessions, endOwnSession, passwordChange, type ProfileResult } from "@/lib/auth/profile";
import { SESSION_COOKIE } from "@/lib/auth/sessions";
import { COMMENT_MAIL_MODES, setCommentMail } from "@/lib/mail/staff-settings";
import { profileDetails, updateProfileDetails } from "@/lib/auth/profile-details";
import { invalidateAfterWrite } from "@/lib/edge/invalidate";

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

/** Name, job title, bio and photo: what readers see in bylines and on the author's archive. */
export const updateProfileAction = staffAction("newsroom", profileDetails, async (staff, input) => {
  const result = await updateProfileDetails(staff, input);
  if (!result.ok) return failField(result.field, result.message);
  await invalidateAfterWrite({ t: "User" });
  return succeed(result.message);
});

export const commentMailAction = staffAction(
  "comments.moderate",
  z.object({ commentMail: z.enum(COMMENT_MAIL_MODES) }),
  async (staff, input) => {
    await setCommentMail(staff.id, input.commentMail);
    return succeed("Настройка уведомлений сохранена.");
  },
  { invalid: "Выберите, как присылать уведомления." },
);
