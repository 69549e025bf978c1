import { mediaUrl, pickWidth } from "@/lib/media/paths";
import { splitHtml } from "@/lib/wordpress/markup/html-split";
import { escapeAttribute } from "@/lib/wordpress/markup/html-text";
import { getAttribute, setAttribute, tagName } from "@/lib/wordpress/markup/tag-attributes";

/** An imported image as a body needs it. */
export type StoredMedia = { id: number; key: string; width: number; height: number; widths: number[] };

/** As the article editor inserts images (app/admin/articles/_editor). */
const BODY_IMAGE_SIZES = "(max-width: 760px) 100vw, 760px";

function withAttribute(tag: string, name: string, value: string): string {
  if (getAttribute(tag, name) !== undefined) return setAttribute(tag, name, value);
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end).trimEnd()} ${name}="${escapeAttribute(value)}"${tag.endsWith("/>") ? " />" : ">"}`;
}

function isPictureLink(parts: string[], index: number): boolean {
  return tagName(parts[index]!) === "a" && /^[\t\n\f\r ]*$/.test(parts[index + 1] ?? "") && tagName(parts[index + 2] ?? "") === "img";
}

function rewriteImage(tag: string, media: StoredMedia): string {
  const shown = Number.parseInt(getAttribute(tag, "width") ?? "", 10);
  const width = pickWidth(media.widths, Number.isInteger(shown) && shown > 0 ? shown : media.width);
  let rewritten = withAttribute(tag, "src", mediaUrl(media.key, width));
  rewritten = withAttribute(rewritten, "srcset", media.widths.map((w) => `${mediaUrl(media.key, w)} ${w}w`).join(", "));
  if (getAttribute(rewritten, "sizes") === undefined) rewritten = withAttribute(rewritten, "sizes", BODY_IMAGE_SIZES);
  if (getAttribute(rewritten, "width") === undefined && getAttribute(rewritten, "height") === undefined) {
    rewritten = withAttribute(withAttribute(rewritten, "width", String(media.width)), "height", String(media.height));
  }
  return rewritten;
}

/**
 * Points every `<img>` whose picture was imported at the stored variants (src for its shown
 * width, srcset of them all) and a link around it ("link to media file") at the largest;
 * images `resolve` does not know are left as they are.
 */
export function rewriteUploadImages(html: string, resolve: (url: string) => StoredMedia | null): string {
  const parts = splitHtml(html);
  let changed = false;
  for (let i = 1; i < parts.length; i += 2) {
    const tag = parts[i]!;
    const name = tagName(tag);
    const attribute = name === "img" ? "src" : name === "a" && isPictureLink(parts, i) ? "href" : null;
    if (attribute === null) continue;
    const url = getAttribute(tag, attribute);
    const media = url ? resolve(url) : null;
    if (!media) continue;
    parts[i] = name === "img" ? rewriteImage(tag, media) : setAttribute(tag, "href", mediaUrl(media.key, Math.max(...media.widths)));
    changed = true;
  }
  return changed ? parts.join("") : html;
}

/** The `src` of every image in `html`. */
export function imageSources(html: string): string[] {
  const sources: string[] = [];
  for (const [, src] of html.matchAll(/<img\b[^>]*?\ssrc="([^"]*)"/g)) if (src) sources.push(src.replaceAll("&amp;", "&"));
  return sources;
}
