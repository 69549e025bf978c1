import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export const SESSION_COOKIE = "vestnik_session";
export const SESSION_LIFETIME_MS = 14 * 24 * 3_600_000;

export type Staff = { id: number; name: string; email: string; role: Role };

function sessionId(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** Starts a session and returns the token for the cookie; only its hash is stored. */
export async function createSession(userId: number, meta: { ip: string; userAgent: string }, now = new Date()) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await db().session.create({
    data: { id: sessionId(token), userId, ip: meta.ip, userAgent: meta.userAgent.slice(0, 500), expiresAt, createdAt: now },
  });
  return { token, expiresAt };
}

/** The signed-in staff member behind a token, or null if it is unknown, expired, revoked or the account is disabled. */
export async function staffForToken(token: string | undefined, now = new Date()): Promise<Staff | null> {
  if (!token) return null;
  const session = await db().session.findUnique({
    where: { id: sessionId(token) },
    select: {
      expiresAt: true,
      revokedAt: true,
      user: { select: { id: true, name: true, email: true, role: true, disabledAt: true } },
    },
  });
  if (!session || session.revokedAt || session.expiresAt <= now || session.user.disabledAt) return null;
  const { id, name, email, role } = session.user;
  return { id, name, email, role };
}

export async function revokeSession(token: string): Promise<void> {
  await db().session.updateMany({ where: { id: sessionId(token), revokedAt: null }, data: { revokedAt: new Date() } });
}

export async function revokeUserSessions(userId: number): Promise<number> {
  const { count } = await db().session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count;
}

export type ActiveSession = { id: string; ip: string; userAgent: string; createdAt: Date; expiresAt: Date; current: boolean };

/** The account's sessions that still let someone in, newest first; `current` marks the caller's own. */
export async function listActiveSessions(userId: number, currentToken: string | undefined, now = new Date()): Promise<ActiveSession[]> {
  const currentId = currentToken ? sessionId(currentToken) : "";
  const rows = await db().session.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, ip: true, userAgent: true, createdAt: true, expiresAt: true },
  });
  return rows.map((s) => ({ ...s, current: s.id === currentId }));
}

/** Ends one of the account's own sessions; false when it is not theirs or already ended. */
export async function revokeOwnSession(userId: number, id: string): Promise<boolean> {
  const { count } = await db().session.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}

/** "Sign out everywhere else": every session of the account but the one holding `keepToken`. */
export async function revokeOtherSessions(userId: number, keepToken: string): Promise<number> {
  const { count } = await db().session.updateMany({
    where: { userId, revokedAt: null, id: { not: sessionId(keepToken) } },
    data: { revokedAt: new Date() },
  });
  return count;
}
