import { describe, expect, it } from "vitest";
import type { WxrItem } from "@/lib/wordpress/wxr-reader";
import { AttachmentIndex } from "./attachment-index";
import { MediaReferences } from "./media-references";

const attachment = (postId: number, file: string): WxrItem =>
  ({
    postId,
    postParent: 0,
    link: "",
    attachmentUrl: `https://old.kz/wp-content/uploads/${file}`,
    postmeta: [{ key: "_wp_attached_file", value: file }],
  }) as unknown as WxrItem;

describe("where the imported articles use the old uploads", () => {
  const attachments = new AttachmentIndex();
  attachments.add(attachment(10, "2024/03/photo.jpg"), "");
  attachments.add(attachment(11, "2024/03/photo-scaled.jpg"), "");
  attachments.add(attachment(12, "2024/03/other.png"), "");
  const references = new MediaReferences();
  // Body images may come before their attachments: they are matched once everything is read.
  references.addBodyImage("2024/03/photo-300x200.jpg", "https://old.kz/wp-content/uploads/2024/03/photo-300x200.jpg", 1);
  references.addBodyImage("2024/03/photo.jpg", "https://old.kz/wp-content/uploads/2024/03/photo.jpg", 2);
  references.addBodyImage("2024/03/gone.jpg", "https://old.kz/wp-content/uploads/2024/03/gone.jpg", 2);
  references.addCover(12, 3);
  references.addCover(99, 4);
  references.settle(attachments);

  it("finds an attachment by its own path, its sizes' paths and its scaled original", () => {
    expect(attachments.findByPath("2024/03/photo-1024x683.jpg")?.wpId).toBe(10);
    expect(attachments.findByPath("2024/03/photo-scaled.jpg")?.wpId).toBe(11);
    expect(attachments.findByPath("2024/03/unknown.jpg")).toBeUndefined();
  });

  it("tells which articles show an attachment, as a cover or in the body", () => {
    expect(references.bodiesShowing([10]).sort()).toEqual([1, 2]);
    expect(references.coversOf([12, 99])).toEqual([
      { articleId: 3, wpId: 12 },
      { articleId: 4, wpId: 99 },
    ]);
  });

  it("lists each picture still missing once, by its attachment's address when there is one", () => {
    const missing = references.unresolved(
      (wpId) => wpId === 12,
      (wpId, shownAt) => attachments.get(wpId)?.url || shownAt || `?attachment_id=${wpId}`,
    );
    expect(missing.sort()).toEqual([
      "?attachment_id=99",
      "https://old.kz/wp-content/uploads/2024/03/gone.jpg",
      "https://old.kz/wp-content/uploads/2024/03/photo.jpg",
    ]);
  });
});
