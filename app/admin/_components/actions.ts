"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffSubmit } from "@/lib/actions/define-action";
import { revokeSession, SESSION_COOKIE } from "@/lib/auth/sessions";

export const signOut = staffSubmit(
  "newsroom",
  z.object({}),
  async () => {
    const jar = await cookies();
    const token = jar.get(SESSION_COOKIE)?.value;
    if (token) await revokeSession(token);
    jar.delete(SESSION_COOKIE);
    redirect("/admin/login");
  },
  () => redirect("/admin/login"),
);
