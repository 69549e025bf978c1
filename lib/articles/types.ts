/** Plain, serializable shapes that cached article reads hand to components. */
import type { AuthorRef, CategoryRef } from "@/lib/taxonomy/types";
import type { Language } from "@/lib/i18n/languages";

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
  /** The edition it appears in; `category` is named in that language. */
  language: Language;
  category: CategoryRef;
  author: AuthorRef;
  cover: CoverImage | null;
};

/** A person in a byline: the author first, then co-authors. */
export type Byline = { name: string; slug: string; avatar: { key: string; widths: number[] } | null };

/** The article's own SEO and social fields; empty strings and null mean the defaults. */
export type ArticleSeo = {
  title: string;
  description: string;
  image: CoverImage | null;
  noindex: boolean;
  canonicalUrl: string;
};

export type ArticleFull = ArticleSummary & {
  authors: Byline[];
  seo: ArticleSeo;
  commentCount: number;
  bodyHtml: string;
  updatedAt: string;
  tags: { name: string; slug: string }[];
  /** The published translation (or original) in the other edition, for the language switch and hreflang. */
  translation: { id: number; slug: string; language: Language } | null;
};

export type Page<T> = { items: T[]; page: number; totalPages: number; total: number };
