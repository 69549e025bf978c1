import type { PrismaClient } from "@/lib/generated/prisma/client";
import { MAX_UPLOAD_BYTES } from "@/lib/media/upload-limits";
import { concurrencyLimit } from "@/lib/util/concurrency-limit";
import type { ImportReport } from "@/lib/wordpress/import/report";
import { count, fail, skip } from "@/lib/wordpress/import/report";
import { writeRedirects } from "@/lib/wordpress/import/write-redirects";
import type { Attachment } from "./attachment-index";
import { fetchUpload, type FetchPolicy } from "./fetch-upload";
import { attachmentRedirects, linkMedia, type MediaState } from "./link-media";
import { noteUnresolved } from "./unresolved-media";
import { readUpload } from "./read-upload";
import { storeAttachment } from "./store-attachment";

export type MediaOptions = {
  /** A copy of the old site's wp-content/uploads. */
  uploadsDir?: string;
  /** Download what the uploads folder lacks from the old site (default: yes). */
  fetch?: boolean;
  /** A host that may be fetched from although it is on a private or loopback address (tests). */
  privateHost?: string;
  /** Where the images are stored; the site's DATA_DIR by default. */
  dataDir?: string;
  /** Images resized at once. */
  concurrency?: number;
  onProgress?: (progress: { done: number; total: number }) => void;
};

const CHUNK = 25;
const POLICY: Omit<FetchPolicy, "privateHost"> = { idleMs: 5_000, totalMs: 30_000, maxBytes: MAX_UPLOAD_BYTES };

type Source = { bytes: Uint8Array } | { skipped: string } | { failed: string };

const TOO_LARGE = "файл больше 10 МБ";
const UNREACHABLE = "старый сайт недоступен";
/** Failures in a row after which a host is not asked again: one slow answer is not a dead site. */
const GIVE_UP_AFTER = 3;

function sourceOf(options: MediaOptions): (attachment: Attachment) => Promise<Source> {
  const failures = new Map<string, number>();
  const policy: FetchPolicy = { ...POLICY, privateHost: options.privateHost };
  return async (attachment) => {
    if (options.uploadsDir) {
      const local = await readUpload(options.uploadsDir, attachment.files, MAX_UPLOAD_BYTES);
      if (local && "tooLarge" in local) return { failed: TOO_LARGE };
      if (local) return { bytes: local.bytes };
    }
    const missing = options.uploadsDir ? "файла нет ни в папке загрузок, ни на старом сайте" : "файла нет на старом сайте";
    if (options.fetch === false || !attachment.url) return { skipped: options.uploadsDir ? "файла нет в папке загрузок" : "файлы не переносились" };
    let host: string;
    try {
      host = new URL(attachment.url).host;
    } catch {
      return { skipped: missing };
    }
    if ((failures.get(host) ?? 0) >= GIVE_UP_AFTER) return { skipped: UNREACHABLE };
    const fetched = await fetchUpload(attachment.url, policy);
    failures.set(host, fetched.ok || fetched.reason !== "unreachable" ? 0 : (failures.get(host) ?? 0) + 1);
    if (fetched.ok) return { bytes: fetched.bytes };
    switch (fetched.reason) {
      case "unreachable":
        return { skipped: UNREACHABLE };
      case "private":
        return { skipped: "адрес во внутренней сети: не загружается" };
      case "too-large":
        return { failed: TOO_LARGE };
      default:
        return { skipped: missing };
    }
  };
}

/**
 * The image import that follows the text: each attachment not imported before is read from the
 * uploads folder or downloaded, stored through the media pipeline, and linked (covers, body
 * images, attachment pages) a few at a time, so the site shows them as they arrive. At the end
 * the images still missing are added to the report.
 */
export async function importMedia(prisma: PrismaClient, state: MediaState, report: ImportReport, options: MediaOptions = {}): Promise<void> {
  const started = performance.now();
  const pending = [...state.attachments.all()].filter((a) => !state.media.has(a.wpId));
  const total = pending.length;
  let done = 0;
  options.onProgress?.({ done, total });
  const source = sourceOf(options);
  const limit = concurrencyLimit(options.concurrency ?? 2);
  for (let i = 0; i < pending.length; i += CHUNK) {
    const chunk = pending.slice(i, i + CHUNK);
    const ready: number[] = [];
    await Promise.all(
      chunk.map((attachment) =>
        limit(async () => {
          const found = await source(attachment);
          const outcome = "bytes" in found ? await storeAttachment(prisma, attachment, found.bytes, options.dataDir) : { ok: false as const, ...found };
          if (outcome.ok) {
            state.media.set(attachment.wpId, outcome.media);
            ready.push(attachment.wpId);
            count(report.attachments, "imported");
          } else if ("failed" in outcome) fail(report.attachments, outcome.failed);
          else skip(report.attachments, outcome.skipped);
          options.onProgress?.({ done: ++done, total });
        }),
      ),
    );
    if (ready.length === 0) continue;
    const orphans = ready.filter((id) => !state.parentPaths.has(state.attachments.get(id)!.parentWpId));
    await prisma.$transaction(async (tx) => {
      await linkMedia(tx, state, ready);
      report.redirects += await writeRedirects(tx, attachmentRedirects(state, orphans));
    });
  }
  noteUnresolved(state, report);
  report.mediaSeconds = (performance.now() - started) / 1000;
}
