import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const THROTTLE_WINDOW_MS = 15 * 60_000;
/** Failed attempts within the window after which an account is refused. */
export const ACCOUNT_LIMIT = 5;
/** Failed attempts within the window after which an address is refused (it may try several accounts). */
export const IP_LIMIT = 20;
/** From this many failures on, each further attempt waits a little longer. */
const SLOWDOWN_AFTER = 2;

export type ThrottleVerdict = { refused: false; delayMs: number } | { refused: true; retryAfterMs: number };

async function failuresBefore(tx: Prisma.TransactionClient, where: { email: string } | { ip: string }, since: Date, attemptId: number): Promise<Date[]> {
  const rows = await tx.loginAttempt.findMany({
    where: { ...where, success: false, createdAt: { gt: since }, id: { lt: attemptId } },
    orderBy: { id: "desc" },
    take: IP_LIMIT,
    select: { createdAt: true },
  });
  return rows.map((r) => r.createdAt);
}

function verdictFor(byAccount: Date[], byIp: Date[], now: Date): ThrottleVerdict {
  const refusedUntil = (failures: Date[], limit: number) => (failures.length >= limit ? failures[limit - 1]!.getTime() + THROTTLE_WINDOW_MS : 0);
  const until = Math.max(refusedUntil(byAccount, ACCOUNT_LIMIT), refusedUntil(byIp, IP_LIMIT));
  if (until > now.getTime()) return { refused: true, retryAfterMs: until - now.getTime() };
  const excess = Math.max(byAccount.length, byIp.length) - SLOWDOWN_AFTER;
  return { refused: false, delayMs: excess > 0 ? Math.min(excess * 500, 3000) : 0 };
}

export type LoginAttempt = { id: number; verdict: ThrottleVerdict };

/**
 * Records a sign-in attempt as failed before anything is checked, then judges it by the failures
 * recorded before it. Concurrent attempts are thereby ordered: of eight sent at once for one
 * account, those past the limit find the others already counted. A refused attempt is removed
 * again (it checked nothing); an allowed one is settled by `settleLoginAttempt`.
 */
export async function beginLoginAttempt(email: string, ip: string, now = new Date()): Promise<LoginAttempt> {
  return db().$transaction(async (tx) => {
    // Held to the end of the transaction, always account first: the next attempt for either waits until this one is counted.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"login-account:" + email})), pg_advisory_xact_lock(hashtext(${"login-ip:" + ip}))`;
    const { id } = await tx.loginAttempt.create({ data: { email, ip, success: false, createdAt: now }, select: { id: true } });
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
    const byAccount = await failuresBefore(tx, { email }, since, id);
    const byIp = await failuresBefore(tx, { ip }, since, id);
    const verdict = verdictFor(byAccount, byIp, now);
    if (verdict.refused) await tx.loginAttempt.delete({ where: { id } });
    return { id, verdict };
  });
}

export async function settleLoginAttempt(attempt: LoginAttempt, success: boolean): Promise<void> {
  if (success) await db().loginAttempt.update({ where: { id: attempt.id }, data: { success: true } });
}

export function throttleMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Слишком много неудачных попыток входа. Попробуйте снова через ${minutes} мин.`;
}
