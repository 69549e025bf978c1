import { setImmediate as setImmediatePromise } from "node:timers/promises";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { AttachmentIndex } from "@/lib/wordpress/media/attachment-index";
import type { MediaOptions } from "@/lib/wordpress/media/import-media";
import type { MediaState } from "@/lib/wordpress/media/link-media";
import { MediaReferences } from "@/lib/wordpress/media/media-references";
import { noteUnresolved } from "@/lib/wordpress/media/unresolved-media";
import { readWxr, type WxrInput } from "@/lib/wordpress/wxr-reader";
import type { ImportContext } from "./import-context";
import { importItem } from "./import-items";
import { linkPages } from "./import-pages";
import { importTags, type TagTerm } from "./import-tags";
import { importAuthor, importCategory, linkCategoryParents } from "./import-terms";
import { PostBatches } from "./post-batches";
import { emptyReport, skip, type ImportReport } from "./report";
import { settleAttachments } from "./settle-attachments";
import { writeRedirects } from "./write-redirects";

export type ImportProgress = { items: number; posts: number; comments: number };

export type ImportOptions = {
  /** WordPress login → role; everyone else becomes a contributor. */
  authorRoles?: Record<string, Role>;
  /** Reads and checks everything, then writes nothing. */
  dryRun?: boolean;
  /** Called after each item of the export is read, with how many items, posts and comments were read so far. */
  onProgress?: (progress: ImportProgress) => void;
  /** Where the attachments' files come from, and the image import's progress; false: no images. */
  media?: MediaOptions | false;
};

/** A started import: the text is in; the images follow. */
export type ImportRun = {
  /** The report of the text import (committed); completed in place as the images arrive. */
  report: ImportReport;
  /** Resolves with the complete report once the images are imported too. */
  finished: Promise<ImportReport>;
};

class DryRunFinished extends Error {}

function newContext(tx: ImportContext["tx"], report: ImportReport, options: ImportOptions): ImportContext {
  return {
    tx,
    report,
    authorRoles: options.authorRoles ?? {},
    siteUrl: "",
    userByLogin: new Map(),
    categoryBySlug: new Map(),
    categoryByTermId: new Map(),
    categoryParents: new Map(),
    tagBySlug: new Map(),
    attachments: new AttachmentIndex(),
    mediaReferences: new MediaReferences(),
    pages: new Map(),
    redirects: new Map(),
    fallbackCategoryId: null,
    fallbackAuthorId: null,
  };
}

async function importText(ctx: ImportContext, input: WxrInput, options: ImportOptions): Promise<MediaState> {
  const batches = new PostBatches(ctx);
  try {
    return await readRecords(ctx, batches, input, options);
  } catch (error) {
    await batches.abandon();
    throw error;
  }
}

async function readRecords(ctx: ImportContext, batches: PostBatches, input: WxrInput, options: ImportOptions): Promise<MediaState> {
  const progress: ImportProgress = { items: 0, posts: 0, comments: 0 };
  let parentsLinked = false;
  // The header's tags, written together before the first post (or every thousand).
  let tags: TagTerm[] = [];
  const writeTags = async () => {
    await importTags(ctx, tags);
    tags = [];
  };
  for await (const record of readWxr(input)) {
    // Terms come before items in WordPress's exports; one written later waits for the posts in flight.
    if (parentsLinked && record.kind !== "item") await batches.drain();
    switch (record.kind) {
      case "site":
        ctx.siteUrl = (record.baseSiteUrl || record.link).replace(/\/+$/, "");
        break;
      case "author":
        await importAuthor(ctx, record);
        break;
      case "category":
        await importCategory(ctx, record);
        break;
      case "tag":
        tags.push(record);
        if (tags.length >= 1000 || parentsLinked) await writeTags();
        break;
      case "item":
        if (!parentsLinked) {
          await writeTags();
          await linkCategoryParents(ctx);
          parentsLinked = true;
        }
        await importItem(ctx, batches, record);
        progress.items++;
        if (record.postType === "post") {
          progress.posts++;
          progress.comments += record.comments.length;
        }
        options.onProgress?.(progress);
        break;
      default:
        break;
    }
  }
  await batches.drain();
  await writeTags();
  if (!parentsLinked) await linkCategoryParents(ctx);
  await linkPages(ctx);
  const state = await settleAttachments(ctx);
  ctx.report.redirects += await writeRedirects(ctx.tx, ctx.redirects);
  return state;
}

/**
 * Imports a WordPress export into the site's database. The text (authors, terms, posts in batches,
 * comments, pages, old links) goes in one transaction: a malformed file, or any failure, leaves
 * nothing half-written. Every row remembers its WordPress id, so running the same export again
 * updates instead of duplicating, and an interrupted import is simply run again. The images
 * follow once the text is committed, without holding it up.
 */
export async function startWordPressImport(prisma: PrismaClient, input: WxrInput, options: ImportOptions = {}): Promise<ImportRun> {
  const started = performance.now();
  const report = emptyReport(options.dryRun ?? false);
  let state: MediaState | undefined;
  try {
    await prisma.$transaction(
      async (tx) => {
        state = await importText(newContext(tx, report, options), input, options);
        if (options.dryRun) throw new DryRunFinished();
      },
      { maxWait: 30_000, timeout: 6 * 3600 * 1000 },
    );
  } catch (error) {
    if (!(error instanceof DryRunFinished)) throw error;
  }
  report.seconds = (performance.now() - started) / 1000;
  const media = state!;
  const waiting = [...media.attachments.all()].filter((a) => !media.media.has(a.wpId)).length;
  if (options.dryRun || options.media === false || waiting === 0) {
    if (waiting > 0) skip(report.attachments, options.dryRun ? "пробный прогон: файлы не загружались" : "файлы не переносились", waiting);
    // A dry run still tells which images no attachment of the export provides.
    noteUnresolved(media, report, options.dryRun ? (wpId) => media.attachments.get(wpId) !== undefined : undefined);
    return { report, finished: Promise.resolve(report) };
  }
  // Started once the caller has taken the text's report; loaded only when there are images to
  // import, for the image library is large and the text does without it.
  const finished = setImmediatePromise()
    .then(() => import("@/lib/wordpress/media/import-media"))
    .then(({ importMedia }) => importMedia(prisma, media, report, options.media || {}));
  return { report, finished: finished.then(() => report) };
}

/** The whole import, images included. */
export async function importWordPress(prisma: PrismaClient, input: WxrInput, options: ImportOptions = {}): Promise<ImportReport> {
  return (await startWordPressImport(prisma, input, options)).finished;
}
