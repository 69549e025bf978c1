import "server-only";
import { redirect } from "next/navigation";
import { currentStaff } from "@/lib/auth/current-staff";
import { can, type Capability } from "@/lib/auth/roles";
import type { Staff } from "@/lib/auth/sessions";

export class ForbiddenError extends Error {
  constructor(capability: Capability) {
    super(`Недостаточно прав (${capability}).`);
    this.name = "ForbiddenError";
  }
}

const guarded = new WeakMap<object, Capability>();

/**
 * Every newsroom server action is made with this: it checks that someone is signed in
 * (anonymous callers are sent to the sign-in form) and that their role has `capability`
 * before the handler runs. Finer checks (whose article it is) stay in the handler.
 */
export function adminAction<A extends unknown[], R>(capability: Capability, handler: (staff: Staff, ...args: A) => Promise<R>): (...args: A) => Promise<R> {
  const action = async (...args: A): Promise<R> => {
    const staff = await currentStaff();
    if (!staff) redirect("/admin/login");
    if (!can(staff.role, capability)) throw new ForbiddenError(capability);
    return handler(staff, ...args);
  };
  guarded.set(action, capability);
  return action;
}

/** The same layering for route handlers: 401 without a session, 403 without the capability. */
/**
 * What Next checks for server actions, for route handlers too: a request that changes something
 * must come from a page of this site (a same-site page on another port carries the cookie too).
 */
function isSameOrigin(request: Request): boolean {
  if (request.method === "GET" || request.method === "HEAD") return true;
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  try {
    return origin !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function adminRoute<C>(
  capability: Capability,
  handler: (staff: Staff, request: Request, context: C) => Promise<Response>,
): (request: Request, context: C) => Promise<Response> {
  const route = async (request: Request, context: C): Promise<Response> => {
    const staff = await currentStaff();
    if (!staff) return Response.json({ error: "Войдите в систему." }, { status: 401 });
    if (!can(staff.role, capability)) return Response.json({ error: "Недостаточно прав." }, { status: 403 });
    if (!isSameOrigin(request)) return Response.json({ error: "Запрос отправлен с другого сайта." }, { status: 403 });
    return handler(staff, request, context);
  };
  guarded.set(route, capability);
  return route;
}

/** The capability an action or route was made with; undefined for a function made without the wrapper. */
export function guardOf(fn: unknown): Capability | undefined {
  return typeof fn === "function" ? guarded.get(fn) : undefined;
}
