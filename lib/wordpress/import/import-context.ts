import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ImportReport } from "./report";

export type Tx = Prisma.TransactionClient;

/** What the import has learnt so far: WordPress's ids and slugs mapped to Vestnik's rows. */
export type ImportContext = {
  tx: Tx;
  report: ImportReport;
  authorRoles: Record<string, Role>;
  /** The old site's address, for telling its own links from others. */
  siteUrl: string;
  userByLogin: Map<string, { id: number; slug: string }>;
  categoryBySlug: Map<string, { id: number; slug: string; termId: number }>;
  categoryByTermId: Map<number, { id: number; slug: string }>;
  /** A category's WordPress parent, by slug, resolved once every category is in. */
  categoryParents: Map<string, string>;
  tagBySlug: Map<string, { id: number; slug: string }>;
  /** Attachments' files by post id (covers and inline images point at them). */
  attachmentUrl: Map<number, string>;
  /** Imported static pages by WordPress id, linked to their parents at the end. */
  pages: Map<number, { id: number; slug: string; parentWpId: number; link: string }>;
  /** Old key → new path, written at the end. */
  redirects: Map<string, string>;
  fallbackCategoryId: number | null;
  fallbackAuthorId: number | null;
};
