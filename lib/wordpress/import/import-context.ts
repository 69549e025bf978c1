import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { AttachmentIndex } from "@/lib/wordpress/media/attachment-index";
import type { MediaReferences } from "@/lib/wordpress/media/media-references";
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
  /** The export's attachments (their files are imported after the text). */
  attachments: AttachmentIndex;
  /** Covers and body images of the imported articles, linked to the attachments at the end. */
  mediaReferences: MediaReferences;
  /** Imported static pages by WordPress id, linked to their parents at the end. */
  pages: Map<number, { id: number; slug: string; parentWpId: number; link: string; path?: string }>;
  /** Old key → new path, written at the end (those of posts are written with each batch). */
  redirects: Map<string, string>;
  fallbackCategoryId: number | null;
  fallbackAuthorId: number | null;
};
