import "server-only";
import { db } from "@/lib/db";

export const THROTTLE_WINDOW_MS = 15 * 60_000;
/** Failed attempts within the window after which an account is refused. */
export const ACCOUNT_LIMIT = 5;
/** Failed attempts within the window after which an address is refused (it may try several accounts). */
export const IP_LIMIT = 20;
/** From this many failures on, each further attempt waits a little longer. */
const SLOWDOWN_AFTER = 2;

export type ThrottleVerdict = { refused: false; delayMs: number } | { refused: true; retryAfterMs: number };

async function recentFailures(where: { email: string } | { ip: string }, since: Date): Promise<Date[]> {
  const rows = await db().loginAttempt.findMany({
    where: { ...where, success: false, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: IP_LIMIT,
    select: { createdAt: true },
  });
  return rows.map((r) => r.createdAt);
}

/** Whether a sign-in for this account from this address may be tried now, and how long to wait first. */
export async function checkLoginThrottle(email: string, ip: string, now = new Date()): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const [byAccount, byIp] = await Promise.all([recentFailures({ email }, since), recentFailures({ ip }, since)]);
  const refusedUntil = (failures: Date[], limit: number) =>
    failures.length >= limit ? failures[limit - 1]!.getTime() + THROTTLE_WINDOW_MS : 0;
  const until = Math.max(refusedUntil(byAccount, ACCOUNT_LIMIT), refusedUntil(byIp, IP_LIMIT));
  if (until > now.getTime()) return { refused: true, retryAfterMs: until - now.getTime() };
  const excess = Math.max(byAccount.length, byIp.length) - SLOWDOWN_AFTER;
  return { refused: false, delayMs: excess > 0 ? Math.min(excess * 500, 3000) : 0 };
}

export async function recordLoginAttempt(email: string, ip: string, success: boolean): Promise<void> {
  await db().loginAttempt.create({ data: { email, ip, success } });
}

export function throttleMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Слишком много неудачных попыток входа. Попробуйте снова через ${minutes} мин.`;
}
