"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/actions/define-action";
import { fail } from "@/lib/actions/result";
import { requestMeta, sessionCookieOptions } from "@/lib/auth/current-staff";
import { SESSION_COOKIE } from "@/lib/auth/sessions";
import { signIn } from "@/lib/auth/sign-in";

const credentials = z.object({
  email: z.string().trim().min(1, "Введите email.").max(254, "Слишком длинный email."),
  password: z.string().min(1, "Введите пароль.").max(1000, "Слишком длинный пароль."),
});

/** The one newsroom action open to anonymous callers: signing in. */
export const logIn = publicAction(credentials, async (input) => {
  const result = await signIn(input, await requestMeta());
  if (!result.ok) return fail(result.message);
  (await cookies()).set(SESSION_COOKIE, result.token, sessionCookieOptions(result.expiresAt));
  redirect("/admin/articles");
});
