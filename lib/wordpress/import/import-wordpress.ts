import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { readWxr, type WxrInput } from "@/lib/wordpress/wxr-reader";
import type { ImportContext } from "./import-context";
import { linkPages } from "./import-pages";
import { importItem } from "./import-posts";
import { importAuthor, importCategory, importTagRecord, linkCategoryParents } from "./import-terms";
import { emptyReport, type ImportReport } from "./report";

export type ImportOptions = {
  /** WordPress login → role; everyone else becomes a contributor. */
  authorRoles?: Record<string, Role>;
  /** Reads and checks everything, then writes nothing. */
  dryRun?: boolean;
  /** Called after each item of the export, with how many were read and the bytes read so far. */
  onProgress?: (progress: { items: number }) => void;
};

class DryRunFinished extends Error {}

const REDIRECT_BATCH = 1000;

async function writeRedirects(ctx: ImportContext): Promise<void> {
  const entries = [...ctx.redirects];
  for (let i = 0; i < entries.length; i += REDIRECT_BATCH) {
    const batch = entries.slice(i, i + REDIRECT_BATCH);
    await ctx.tx.$executeRaw(Prisma.sql`
      INSERT INTO "Redirect" ("from", "to", "source")
      SELECT f, t, 'wordpress' FROM unnest(${batch.map(([from]) => from)}::text[], ${batch.map(([, to]) => to)}::text[]) AS r(f, t)
      ON CONFLICT ("from") DO UPDATE SET "to" = EXCLUDED."to"`);
  }
  ctx.report.redirects = entries.length;
}

/**
 * Imports a WordPress export into the site's database, in one transaction: a malformed file, or
 * any failure, leaves nothing half-written. Every row remembers its WordPress id, so running the
 * same export again updates instead of duplicating, and an interrupted import is simply run again.
 */
export async function importWordPress(prisma: PrismaClient, input: WxrInput, options: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now();
  const report = emptyReport(options.dryRun ?? false);
  try {
    await prisma.$transaction(
      async (tx) => {
        const ctx: ImportContext = {
          tx,
          report,
          authorRoles: options.authorRoles ?? {},
          siteUrl: "",
          userByLogin: new Map(),
          categoryBySlug: new Map(),
          categoryByTermId: new Map(),
          categoryParents: new Map(),
          tagBySlug: new Map(),
          attachmentUrl: new Map(),
          pages: new Map(),
          redirects: new Map(),
          fallbackCategoryId: null,
          fallbackAuthorId: null,
        };
        let items = 0;
        let parentsLinked = false;
        for await (const record of readWxr(input)) {
          switch (record.kind) {
            case "site":
              ctx.siteUrl = record.baseSiteUrl || record.link;
              break;
            case "author":
              await importAuthor(ctx, record);
              break;
            case "category":
              await importCategory(ctx, record);
              break;
            case "tag":
              await importTagRecord(ctx, record);
              break;
            case "item":
              if (!parentsLinked) {
                await linkCategoryParents(ctx);
                parentsLinked = true;
              }
              await importItem(ctx, record);
              options.onProgress?.({ items: ++items });
              break;
            default:
              break;
          }
        }
        if (!parentsLinked) await linkCategoryParents(ctx);
        await linkPages(ctx);
        await writeRedirects(ctx);
        if (options.dryRun) throw new DryRunFinished();
      },
      { maxWait: 30_000, timeout: 6 * 3600 * 1000 },
    );
  } catch (error) {
    if (!(error instanceof DryRunFinished)) throw error;
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/** The same, into the site's own database (the newsroom's import screen). */
export function importIntoSite(input: WxrInput, options: ImportOptions = {}): Promise<ImportReport> {
  return importWordPress(db(), input, options);
}
