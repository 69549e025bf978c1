import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { env } from "@/lib/env";
import { CLIENT_IP_HEADER, clientAddressFromHeader } from "@/lib/security/client-address";
import { cookiesAreSecure } from "@/lib/security/cookie-security";
import { SESSION_COOKIE, staffForToken, type Staff } from "./sessions";

/** The signed-in staff member of this request, or null. */
export const currentStaff = cache(async (): Promise<Staff | null> => {
  const jar = await cookies();
  // Session expiry compares with the current time, which Next allows only once the render is per request.
  await connection();
  return staffForToken(jar.get(SESSION_COOKIE)?.value);
});

/** For newsroom pages: the staff member, or a redirect to the sign-in form. */
export async function requireStaffPage(): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect("/admin/login");
  return staff;
}

export function sessionCookieOptions(expires: Date) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: cookiesAreSecure(env().SITE_URL),
    path: "/",
    expires,
  };
}

/** The caller's address as set by the server in front of Next (scripts/start.ts). */
export async function requestMeta(): Promise<{ ip: string; userAgent: string }> {
  const h = await headers();
  return { ip: clientAddressFromHeader(h.get(CLIENT_IP_HEADER)), userAgent: h.get("user-agent") ?? "" };
}
