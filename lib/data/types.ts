/** Plain, serializable shapes that cached reads hand to components. */

export type CoverImage = {
  key: string;
  width: number;
  height: number;
  widths: number[];
  alt: string;
  caption: string;
};

export type CategoryRef = { name: string; slug: string };
export type AuthorRef = { name: string; slug: string };

export type ArticleSummary = {
  id: number;
  title: string;
  slug: string;
  lead: string;
  publishedAt: string;
  category: CategoryRef;
  author: AuthorRef;
  cover: CoverImage | null;
};

export type ArticleFull = ArticleSummary & {
  commentCount: number;
  bodyHtml: string;
  updatedAt: string;
  tags: { name: string; slug: string }[];
};

export type Category = CategoryRef & { id: number; description: string };

export type Page<T> = { items: T[]; page: number; totalPages: number; total: number };

export type AdSlot = {
  id: number;
  placement: "ARTICLE_TOP" | "ARTICLE_INLINE" | "ARTICLE_BOTTOM" | "SIDEBAR";
  name: string;
  imageUrl: string | null;
  linkUrl: string | null;
  html: string | null;
};

export type PublicComment = {
  id: number;
  parentId: number | null;
  depth: number;
  authorName: string;
  authorUrl: string;
  contentHtml: string;
  createdAt: string;
  /** Awaiting moderation: shown only to its author. */
  held: boolean;
  staff: boolean;
};
