import { detached } from "@/lib/wordpress/detached-text";
import { postmetaValue } from "@/lib/wordpress/php-unserialize";
import type { WxrItem } from "@/lib/wordpress/wxr-reader";
import { originalUploadPath, safeRelativePath, uploadPathOf } from "./upload-paths";

/** What the import keeps of an attachment while the rest of the export streams by: a few short strings. */
export type Attachment = {
  wpId: number;
  parentWpId: number;
  /** Where its file may lie under the uploads folder, the best guess first. */
  files: string[];
  url: string;
  link: string;
  alt: string;
  /** The attachment's excerpt: WordPress's caption. */
  caption: string;
};

function metaText(item: WxrItem, key: string): string {
  const raw = item.postmeta.find((m) => m.key === key)?.value;
  if (raw === undefined) return "";
  const value = postmetaValue(raw);
  return typeof value === "string" ? value : "";
}

/** The export's attachments by id and by the upload paths that name them (sizes included). */
export class AttachmentIndex {
  private readonly byId = new Map<number, Attachment>();
  private readonly byPath = new Map<string, number>();

  add(item: WxrItem, caption: string): Attachment | null {
    if (!item.postId) return null;
    const files = [safeRelativePath(metaText(item, "_wp_attached_file")), uploadPathOf(item.attachmentUrl)].filter((f): f is string => f !== null);
    const attachment: Attachment = {
      wpId: item.postId,
      parentWpId: item.postParent,
      files: [...new Set(files.map(detached))],
      url: detached(item.attachmentUrl),
      link: detached(item.link),
      alt: detached(metaText(item, "_wp_attachment_image_alt").trim().slice(0, 300)),
      caption: detached(caption),
    };
    this.byId.set(item.postId, attachment);
    for (const file of attachment.files) this.byPath.set(file, item.postId);
    // A resized copy's path finds its original; an upload's own path always wins over that.
    for (const file of attachment.files) {
      const original = originalUploadPath(file);
      if (original !== file && !this.byPath.has(original)) this.byPath.set(original, item.postId);
    }
    return attachment;
  }

  get(wpId: number): Attachment | undefined {
    return this.byId.get(wpId);
  }

  /** The attachment an upload path (`2024/03/photo-300x200.jpg`) shows. */
  findByPath(path: string): Attachment | undefined {
    const id = this.byPath.get(path) ?? this.byPath.get(originalUploadPath(path));
    return id === undefined ? undefined : this.byId.get(id);
  }

  all(): IterableIterator<Attachment> {
    return this.byId.values();
  }

  get size(): number {
    return this.byId.size;
  }
}
