import { Prisma } from "@/lib/generated/prisma/client";
import { mediaUrl } from "@/lib/media/paths";
import { redirectKeyOfLink } from "@/lib/redirects/normalize";
import type { AttachmentIndex } from "./attachment-index";
import type { MediaReferences } from "./media-references";
import { rewriteUploadImages, type StoredMedia } from "./rewrite-upload-images";
import { uploadPathOf } from "./upload-paths";

type Tx = Prisma.TransactionClient;

/** What the image import needs of the text import, once that is committed. */
export type MediaState = {
  siteUrl: string;
  attachments: AttachmentIndex;
  references: MediaReferences;
  /** Imported images by attachment id. */
  media: Map<number, StoredMedia>;
  /** Where the posts and pages attachments belong to now live, by their WordPress id. */
  parentPaths: Map<number, string>;
};

const BODY_BATCH = 200;

function resolver(state: MediaState): (url: string) => StoredMedia | null {
  return (url) => {
    const path = uploadPathOf(url);
    const attachment = path === null ? undefined : state.attachments.findByPath(path);
    return attachment ? (state.media.get(attachment.wpId) ?? null) : null;
  };
}

/**
 * Puts the images of attachments `ready` where the old site showed them: as the covers of the
 * articles whose featured image they were (with the attachment's description and caption), and in
 * place of the old upload URLs in article bodies.
 */
export async function linkMedia(tx: Tx, state: MediaState, ready: number[]): Promise<void> {
  const covers = state.references.coversOf(ready).filter(({ wpId }) => state.media.has(wpId));
  if (covers.length > 0) {
    const attachment = (wpId: number) => state.attachments.get(wpId);
    await tx.$executeRaw(Prisma.sql`
      UPDATE "Article" a SET "coverId" = t.media, "coverAlt" = t.alt, "coverCaption" = t.caption
      FROM unnest(${covers.map((c) => c.articleId)}::int[], ${covers.map((c) => state.media.get(c.wpId)!.id)}::int[],
                  ${covers.map((c) => attachment(c.wpId)?.alt ?? "")}::text[], ${covers.map((c) => attachment(c.wpId)?.caption ?? "")}::text[])
        AS t(id, media, alt, caption)
      WHERE a.id = t.id`);
  }
  const articles = state.references.bodiesShowing(ready);
  const resolve = resolver(state);
  for (let i = 0; i < articles.length; i += BODY_BATCH) {
    const rows = await tx.$queryRaw<{ id: number; bodyHtml: string }[]>(
      Prisma.sql`SELECT id, "bodyHtml" FROM "Article" WHERE id = ANY(${articles.slice(i, i + BODY_BATCH)}::int[])`,
    );
    const changed = rows
      .map((row) => ({ id: row.id, html: rewriteUploadImages(row.bodyHtml, resolve), before: row.bodyHtml }))
      .filter((r) => r.html !== r.before);
    if (changed.length === 0) continue;
    await tx.$executeRaw(Prisma.sql`
      UPDATE "Article" a SET "bodyHtml" = t.body FROM unnest(${changed.map((r) => r.id)}::int[], ${changed.map((r) => r.html)}::text[]) AS t(id, body)
      WHERE a.id = t.id`);
  }
}

/**
 * The old addresses of these attachments' pages (`/?attachment_id=`, `/?p=`, their permalink)
 * lead to the post or page they belong to, or else to the image itself once imported.
 */
export function attachmentRedirects(state: MediaState, ids: Iterable<number>): Map<string, string> {
  const redirects = new Map<string, string>();
  for (const id of ids) {
    const attachment = state.attachments.get(id);
    if (!attachment) continue;
    const media = state.media.get(id);
    const target = state.parentPaths.get(attachment.parentWpId) ?? (media ? mediaUrl(media.key, Math.max(...media.widths)) : null);
    if (target === null) continue;
    for (const old of [`/?attachment_id=${id}`, `/?p=${id}`, redirectKeyOfLink(attachment.link)]) {
      if (old && old !== "/" && old !== target) redirects.set(old, target);
    }
  }
  return redirects;
}
