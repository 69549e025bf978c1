import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Staff in `roles` who can sign in to act on a notice. The roles come from the caller
 * (lib/auth/roles.ts's CAPABILITIES), so that this module depends on no domain module.
 */
export function staffIn(roles: readonly Role[], where: Prisma.UserWhereInput = {}): Prisma.UserWhereInput {
  return { role: { in: [...roles] }, disabledAt: null, passwordHash: { not: null }, ...where };
}
