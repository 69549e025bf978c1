/** Plain, serializable shapes that cached article reads hand to components. */
import type { AuthorRef, CategoryRef } from "@/lib/taxonomy/types";

export type CoverImage = {
  key: string;
  width: number;
  height: number;
  widths: number[];
  alt: string;
  caption: string;
};

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

export type Page<T> = { items: T[]; page: number; totalPages: number; total: number };
