/** Plain, serializable shapes of categories, as cached reads hand them to components. */

export type CategoryRef = { name: string; slug: string };
export type AuthorRef = { name: string; slug: string };

/** `parentId`: a category may sit under another (lib/taxonomy/hierarchy.ts). */
export type Category = CategoryRef & { id: number; description: string; parentId: number | null; kkName: string; kkSlug: string | null };
