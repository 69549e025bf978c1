"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { adminAction } from "@/lib/admin/action";
import { revokeSession, SESSION_COOKIE } from "@/lib/auth/sessions";

export const signOut = adminAction("newsroom", async () => {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await revokeSession(token);
  jar.delete(SESSION_COOKIE);
  redirect("/admin/login");
});
