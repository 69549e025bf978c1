import type { PageStatus } from "@/lib/generated/prisma/enums";
import type { Language } from "@/lib/i18n/languages";

export type PageLink = { title: string; slug: string; path: string };

/** A published page as readers see it, with its parent (for breadcrumbs) and its published children. */
export type PublishedPage = {
  id: number;
  title: string;
  slug: string;
  path: string;
  bodyHtml: string;
  createdAt: string;
  updatedAt: string;
  parent: PageLink | null;
  children: PageLink[];
  language: Language;
  /** The published translation (or original) in the other edition: its edition-less path. */
  translation: { language: Language; path: string } | null;
};

export type PageOutcome =
  { ok: true; id: number; slug: string; status: PageStatus; message: string } | { ok: false; message: string; errors?: Record<string, string[]> };
