import "server-only";
import { db } from "@/lib/db";
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from "./password";
import { createSession } from "./sessions";
import { beginLoginAttempt, settleLoginAttempt, throttleMessage } from "./throttle";

export type SignInResult = { ok: true; token: string; expiresAt: Date; userId: number } | { ok: false; message: string };

export const WRONG_CREDENTIALS = "Неверный email или пароль.";

/** Checks the throttle and the password, records the attempt and opens a session. */
export async function signIn(
  input: { email: string; password: string },
  meta: { ip: string; userAgent: string },
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const attempt = await beginLoginAttempt(email, meta.ip);
  const { verdict } = attempt;
  if (verdict.refused) return { ok: false, message: throttleMessage(verdict.retryAfterMs) };
  if (verdict.delayMs > 0) await sleep(verdict.delayMs);

  // Exact: emails are stored lower-cased, and a pattern match would make `_` and `%` wildcards.
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  const valid = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  const allowed = valid && user !== null && user.passwordHash !== null && user.disabledAt === null;
  await settleLoginAttempt(attempt, allowed);
  if (!allowed || !user) return { ok: false, message: WRONG_CREDENTIALS };
  // The one moment the password is known: older hashes are upgraded to the current parameters.
  if (needsRehash(user.passwordHash!)) await db().user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.password) } });
  const session = await createSession(user.id, meta);
  return { ok: true, userId: user.id, ...session };
}
