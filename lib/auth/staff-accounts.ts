import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { slugify, uniqueSlug } from "@/lib/slug";
import { generatePassword, hashPassword } from "./password";

export type NewStaff = { email: string; name?: string; role: Role; password: string };

/** Creates a staff account (with an author page slug from the name). Plain module: start-up and CLI use it too. */
export async function createStaffAccount(prisma: PrismaClient, input: NewStaff) {
  const email = input.email.trim().toLowerCase();
  const name = input.name?.trim() || email.split("@")[0]!;
  const slug = await uniqueSlug(slugify(name), async (s) => (await prisma.user.count({ where: { slug: s } })) > 0);
  return prisma.user.create({
    data: { email, name, slug, role: input.role, passwordHash: await hashPassword(input.password) },
    select: { id: true, email: true, name: true, role: true },
  });
}

/**
 * First start: when no administrator can sign in (the demo authors have no passwords), creates
 * one from ADMIN_EMAIL and ADMIN_PASSWORD, or with a generated password returned to be printed once.
 */
export async function bootstrapAdministrator(
  prisma: PrismaClient,
  config: { email?: string; password?: string },
): Promise<{ email: string; generatedPassword: string | null } | null> {
  const administrators = await prisma.user.count({ where: { role: "ADMINISTRATOR", passwordHash: { not: null }, disabledAt: null } });
  if (administrators > 0) return null;
  const email = (config.email || "admin@localhost").trim().toLowerCase();
  const password = config.password || generatePassword();
  const existing = await prisma.user.findUnique({ where: { email } });
  if (existing) {
    await prisma.user.update({
      where: { id: existing.id },
      data: { role: "ADMINISTRATOR", passwordHash: await hashPassword(password), disabledAt: null },
    });
  } else {
    await createStaffAccount(prisma, { email, name: "Администратор", role: "ADMINISTRATOR", password });
  }
  return { email, generatedPassword: config.password ? null : password };
}
