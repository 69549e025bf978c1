import { detached } from "@/lib/wordpress/detached-text";
import type { AttachmentIndex } from "./attachment-index";

/**
 * Where the imported articles use the old site's uploads: covers by attachment id, and the upload
 * paths their bodies show. Held as ids and paths only. Paths are matched to attachments once the
 * whole export has been read (`settle`), since an attachment may come after the posts showing it.
 */
export class MediaReferences {
  private readonly covers = new Map<number, number[]>();
  private readonly paths = new Map<string, { url: string; articles: number[] }>();
  private readonly bodies = new Map<number, { url: string; articles: Set<number> }>();
  private readonly unmatched = new Map<string, string>();

  addCover(attachmentWpId: number, articleId: number): void {
    const list = this.covers.get(attachmentWpId);
    if (list) list.push(articleId);
    else this.covers.set(attachmentWpId, [articleId]);
  }

  addBodyImage(path: string, url: string, articleId: number): void {
    const entry = this.paths.get(path);
    if (!entry) this.paths.set(detached(path), { url: detached(url), articles: [articleId] });
    else if (entry.articles.at(-1) !== articleId) entry.articles.push(articleId);
  }

  /** Matches body paths to the export's attachments; what matches none can never be imported. */
  settle(attachments: AttachmentIndex): void {
    for (const [path, { url, articles }] of this.paths) {
      const attachment = attachments.findByPath(path);
      if (!attachment) {
        this.unmatched.set(path, url);
        continue;
      }
      const entry = this.bodies.get(attachment.wpId) ?? { url, articles: new Set<number>() };
      for (const id of articles) entry.articles.add(id);
      this.bodies.set(attachment.wpId, entry);
    }
    this.paths.clear();
  }

  /** Articles whose covers are among these attachments, with the attachment each wants. */
  coversOf(wpIds: Iterable<number>): { articleId: number; wpId: number }[] {
    const found: { articleId: number; wpId: number }[] = [];
    for (const wpId of wpIds) for (const articleId of this.covers.get(wpId) ?? []) found.push({ articleId, wpId });
    return found;
  }

  /** Articles whose bodies show any of these attachments. */
  bodiesShowing(wpIds: Iterable<number>): number[] {
    const found = new Set<number>();
    for (const wpId of wpIds) for (const articleId of this.bodies.get(wpId)?.articles ?? []) found.add(articleId);
    return [...found];
  }

  /**
   * Old addresses of the images still not imported, one per picture: `imported` says which
   * attachments were, `addressOf` names an attachment (given the address a body showed it at).
   */
  unresolved(imported: (wpId: number) => boolean, addressOf: (wpId: number, shownAt: string | undefined) => string): string[] {
    const urls = new Set(this.unmatched.values());
    for (const wpId of new Set([...this.covers.keys(), ...this.bodies.keys()])) {
      if (!imported(wpId)) urls.add(addressOf(wpId, this.bodies.get(wpId)?.url));
    }
    return [...urls];
  }
}
