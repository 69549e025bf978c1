import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/auth/roles";

/**
 * The signed-in person in the top bar: name and role once. The first administrator is often
 * named after the role («Администратор»), which read «Администратор (Администратор)».
 */
export function staffBadge(name: string, role: Role): string {
  const label = ROLE_LABELS[role];
  return name.trim().toLowerCase() === label.toLowerCase() ? label : `${name} · ${label.toLowerCase()}`;
}
