import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit/audit";
import type { Staff } from "@/lib/auth/sessions";
import { db } from "@/lib/db";

export const profileDetails = z.object({
  name: z.string().trim().min(1, "Введите имя.").max(100, "Имя длиннее 100 символов."),
  jobTitle: z.string().trim().max(100, "Должность длиннее 100 символов.").default(""),
  bio: z.string().trim().max(2000, "О себе — не длиннее 2000 символов.").default(""),
  avatarId: z
    .string()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .pipe(z.number().int().positive().nullable()),
});

export type ProfileDetails = { name: string; jobTitle: string; bio: string; avatarId: number | null; avatar: { key: string; widths: number[] } | null };

export async function readProfileDetails(staff: Staff): Promise<ProfileDetails> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: staff.id },
    select: { name: true, jobTitle: true, bio: true, avatarId: true, avatar: { select: { key: true, widths: true } } },
  });
  return user;
}

/**
 * The byline a staff member signs with: name, job title, bio and photo. The address of their
 * archive (slug) stays, so old links keep working. The database announces the change (the User
 * triggers), which expires every page showing their name.
 */
export async function updateProfileDetails(
  staff: Staff,
  input: z.infer<typeof profileDetails>,
): Promise<{ ok: true; message: string } | { ok: false; field: string; message: string }> {
  if (input.avatarId && !(await db().media.findUnique({ where: { id: input.avatarId }, select: { id: true } }))) {
    return { ok: false, field: "avatarId", message: "Изображение не найдено." };
  }
  await db().user.update({ where: { id: staff.id }, data: input });
  await audit(staff.id, "user.profile", `user:${staff.id}`, { name: input.name });
  return { ok: true, message: "Профиль сохранён." };
}
