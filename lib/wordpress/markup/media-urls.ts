import { splitHtml } from "./html-split";
import { getAttribute, setAttribute, tagName } from "./tag-attributes";

type MediaUrl = (oldUrl: string) => string | null;

function rewrite(tag: string, attribute: string, mediaUrl: MediaUrl): string {
  const value = getAttribute(tag, attribute);
  const mapped = value === undefined || value === "" ? null : mediaUrl(value);
  return mapped === null || mapped === value ? tag : setAttribute(tag, attribute, mapped);
}

/** Each candidate of a srcset is `URL [descriptor]`. */
function rewriteSrcset(tag: string, mediaUrl: MediaUrl): string {
  const srcset = getAttribute(tag, "srcset");
  if (srcset === undefined || srcset === "") return tag;
  let changed = false;
  const candidates = srcset.split(",").map((candidate) => {
    const [url = "", ...descriptors] = candidate.trim().split(/[\t\n\f\r ]+/);
    const mapped = url === "" ? null : mediaUrl(url);
    if (mapped === null || mapped === url) return candidate.trim();
    changed = true;
    return [mapped, ...descriptors].join(" ");
  });
  return changed ? setAttribute(tag, "srcset", candidates.join(", ")) : tag;
}

function isPictureLink(parts: string[], index: number): boolean {
  return tagName(parts[index]!) === "a" && /^[\t\n\f\r ]*$/.test(parts[index + 1] ?? "") && tagName(parts[index + 2] ?? "") === "img";
}

/**
 * Points `<img src>`, every `srcset` candidate, and a link wrapping a picture (WordPress's "link to
 * media file") at the uploads' new addresses; a null from `mediaUrl` keeps the old one.
 */
export function rewriteMediaUrls(html: string, mediaUrl: MediaUrl | undefined): string {
  if (mediaUrl === undefined) return html;
  const parts = splitHtml(html);
  for (let i = 1; i < parts.length; i += 2) {
    if (tagName(parts[i]!) === "img") parts[i] = rewriteSrcset(rewrite(parts[i]!, "src", mediaUrl), mediaUrl);
    else if (isPictureLink(parts, i)) parts[i] = rewrite(parts[i]!, "href", mediaUrl);
  }
  return parts.join("");
}
