import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ImageTooLargeError, writeImageVariants } from "@/lib/media";
import { sniffImageType } from "@/lib/media/sniff";
import { UPLOAD_WIDTHS } from "@/lib/media/upload-limits";
import type { Attachment } from "./attachment-index";
import type { StoredMedia } from "./rewrite-upload-images";

export type StoreOutcome = { ok: true; media: StoredMedia } | { ok: false; skipped: string } | { ok: false; failed: string };

/**
 * An attachment's file through the site's upload pipeline: recognised by its content, stored as
 * WebP widths, recorded in the media library with the attachment's WordPress id, its description
 * and its path under uploads as the file name.
 */
export async function storeAttachment(prisma: PrismaClient, attachment: Attachment, bytes: Uint8Array, dataDir?: string): Promise<StoreOutcome> {
  const mime = sniffImageType(bytes);
  if (!mime) return { ok: false, skipped: "не изображение (переносятся JPEG, PNG, WebP и AVIF)" };
  const key = `wp${attachment.wpId}-${randomBytes(4).toString("hex")}`;
  let stored;
  try {
    stored = await writeImageVariants(key, bytes, UPLOAD_WIDTHS, { dataDir });
  } catch (error) {
    return { ok: false, failed: error instanceof ImageTooLargeError ? "больше 50 мегапикселей" : "не удалось прочитать изображение" };
  }
  const data = { key, mime, originalName: (attachment.files[0] ?? "").slice(0, 200), alt: attachment.alt, ...stored };
  const media = await prisma.media.upsert({
    where: { wpPostId: attachment.wpId },
    create: { ...data, wpPostId: attachment.wpId },
    update: data,
    select: { id: true, key: true, width: true, height: true, widths: true },
  });
  return { ok: true, media };
}
