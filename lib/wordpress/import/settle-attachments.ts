import { Prisma } from "@/lib/generated/prisma/client";
import { attachmentRedirects, linkMedia, type MediaState } from "@/lib/wordpress/media/link-media";
import type { StoredMedia } from "@/lib/wordpress/media/rewrite-upload-images";
import type { ImportContext } from "./import-context";
import { count } from "./report";
import { writeRedirects } from "./write-redirects";

const LOOKUP_BATCH = 5000;

async function importedMedia(ctx: ImportContext, ids: number[]): Promise<Map<number, StoredMedia>> {
  const media = new Map<number, StoredMedia>();
  for (let i = 0; i < ids.length; i += LOOKUP_BATCH) {
    const rows = await ctx.tx.$queryRaw<(StoredMedia & { wpPostId: number })[]>(Prisma.sql`
      SELECT id, key, width, height, widths, "wpPostId" FROM "Media" WHERE "wpPostId" = ANY(${ids.slice(i, i + LOOKUP_BATCH)}::int[])`);
    for (const { wpPostId, ...row } of rows) media.set(wpPostId, row);
  }
  return media;
}

async function parentPaths(ctx: ImportContext, parents: number[]): Promise<Map<number, string>> {
  const paths = new Map<number, string>();
  for (let i = 0; i < parents.length; i += LOOKUP_BATCH) {
    const rows = await ctx.tx.$queryRaw<{ wpPostId: number; slug: string }[]>(Prisma.sql`
      SELECT "wpPostId", slug FROM "Article" WHERE "wpPostId" = ANY(${parents.slice(i, i + LOOKUP_BATCH)}::int[])`);
    for (const row of rows) paths.set(row.wpPostId, `/${row.slug}`);
  }
  for (const parent of parents) {
    const path = ctx.pages.get(parent)?.path;
    if (path) paths.set(parent, path);
  }
  return paths;
}

/**
 * Once the whole export is read: body images are matched to attachments, the images imported by
 * an earlier run are put back in place (a re-import rewrote the bodies) and described anew, and the
 * attachment pages of posts and pages lead to them. What is left is the image import's work.
 */
export async function settleAttachments(ctx: ImportContext): Promise<MediaState> {
  const { attachments, mediaReferences: references } = ctx;
  references.settle(attachments);
  const all = [...attachments.all()];
  const media = await importedMedia(
    ctx,
    all.map((a) => a.wpId),
  );
  const state: MediaState = {
    siteUrl: ctx.siteUrl,
    attachments,
    references,
    media,
    parentPaths: await parentPaths(ctx, [...new Set(all.map((a) => a.parentWpId).filter((id) => id > 0))]),
  };
  if (media.size > 0) {
    const again = [...media].map(([wpId, row]) => ({ id: row.id, alt: attachments.get(wpId)!.alt }));
    await ctx.tx.$executeRaw(Prisma.sql`
      UPDATE "Media" m SET alt = t.alt FROM unnest(${again.map((r) => r.id)}::int[], ${again.map((r) => r.alt)}::text[]) AS t(id, alt)
      WHERE m.id = t.id AND m.alt <> t.alt`);
    count(ctx.report.attachments, "updated", media.size);
    await linkMedia(ctx.tx, state, [...media.keys()]);
  }
  ctx.report.redirects += await writeRedirects(
    ctx.tx,
    attachmentRedirects(
      state,
      all.map((a) => a.wpId),
    ),
  );
  return state;
}
