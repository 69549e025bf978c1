import type { Role } from "@/lib/generated/prisma/enums";

/**
 * What each role may do, as in WordPress: a contributor writes and submits for review; an author
 * also publishes their own articles and uploads images; an editor publishes and edits everyone's,
 * manages categories and tags and moderates comments; an administrator also manages users, ad
 * slots and site settings.
 */
export const CAPABILITIES = {
  /** Being signed in at all: signing out, one's own profile. */
  newsroom: ["CONTRIBUTOR", "AUTHOR", "EDITOR", "ADMINISTRATOR"],
  "articles.write": ["CONTRIBUTOR", "AUTHOR", "EDITOR", "ADMINISTRATOR"],
  "articles.publishOwn": ["AUTHOR", "EDITOR", "ADMINISTRATOR"],
  "articles.editOthers": ["EDITOR", "ADMINISTRATOR"],
  "media.upload": ["AUTHOR", "EDITOR", "ADMINISTRATOR"],
  "comments.moderate": ["EDITOR", "ADMINISTRATOR"],
  "taxonomy.manage": ["EDITOR", "ADMINISTRATOR"],
  /** Static pages («О редакции», «Контакты»…). */
  "pages.manage": ["EDITOR", "ADMINISTRATOR"],
  /** Old addresses answered with a 301 («Перенаправления»). */
  "redirects.manage": ["EDITOR", "ADMINISTRATOR"],
  /** The header and footer menus: they link the categories and pages editors already manage. */
  "menus.manage": ["EDITOR", "ADMINISTRATOR"],
  /** The home page's layout («Главная страница»): which stories lead, which categories follow. */
  "home.manage": ["EDITOR", "ADMINISTRATOR"],
  "ads.manage": ["ADMINISTRATOR"],
  "ads.html": ["ADMINISTRATOR"],
  "users.manage": ["ADMINISTRATOR"],
  "settings.manage": ["ADMINISTRATOR"],
  "audit.view": ["ADMINISTRATOR"],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

export const ROLES: readonly Role[] = ["ADMINISTRATOR", "EDITOR", "AUTHOR", "CONTRIBUTOR"];

export const ROLE_LABELS: Record<Role, string> = {
  ADMINISTRATOR: "Администратор",
  EDITOR: "Редактор",
  AUTHOR: "Автор",
  CONTRIBUTOR: "Участник",
};

export function can(role: Role, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly Role[]).includes(role);
}

/** Roles that lack `capability`: the callers a permission test must see refused. */
export function rolesWithout(capability: Capability): Role[] {
  return ROLES.filter((role) => !can(role, capability));
}
