/** Plain, serializable shapes of categories, as cached reads hand them to components. */

export type CategoryRef = { name: string; slug: string };
export type AuthorRef = { name: string; slug: string };

export type Category = CategoryRef & { id: number; description: string };
